"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";

import type { Assessment } from "@/lib/assessment/assessment";
import type { Checklist } from "@/lib/checklist/types";
import type { ChecklistText } from "@/lib/i18n/checklist-text";
import {
  type ClientAnswerItem,
  clientAnswerItems,
  withClientAnswerNotes,
} from "@/lib/letter/client-answers-view";
import type { SummaryView } from "@/lib/summary/summary-view";

/** The answers that came from the client's letters (or an earlier assessment), in the page's language. */
export function useClientAnswerItems(
  assessment: Assessment,
  checklist: Checklist,
  text: ChecklistText,
): ClientAnswerItem[] {
  const t = useTranslations("letter");
  const notAnswered = useTranslations("summary")("notAnswered");
  const register = useTranslations("register");
  return useMemo(
    () =>
      clientAnswerItems(
        assessment,
        checklist,
        text,
        (date) => t("perLetter", { date }),
        notAnswered,
        (date) => register("fromAssessment", { date }),
      ),
    [assessment, checklist, text, t, notAnswered, register],
  );
}

/** The summary view with "(per client's letter of …)" after each of those answers. */
export function useClientAnswerNotes(
  view: SummaryView,
  assessment: Assessment,
  checklist: Checklist,
  text: ChecklistText,
): SummaryView {
  const items = useClientAnswerItems(assessment, checklist, text);
  return useMemo(() => withClientAnswerNotes(view, items), [view, items]);
}
