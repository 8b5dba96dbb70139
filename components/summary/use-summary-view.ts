"use client";

import { useLocale, useMessages, useTranslations } from "next-intl";
import { useMemo } from "react";

import type { Assessment } from "@/lib/assessment/assessment";
import { createAuditText } from "@/lib/assessment/audit-text";
import type { Checklist } from "@/lib/checklist/types";
import type { ChecklistText } from "@/lib/i18n/checklist-text";
import type { RiskSummary } from "@/lib/risk/evaluate-risk";
import type { Translate } from "@/lib/i18n/locale";
import { buildSummaryView, type SummaryView } from "@/lib/summary/summary-view";

/** The view model of one summary in the page's language (see lib/summary/summary-view.ts). */
export function useSummaryView(
  assessment: Assessment,
  checklist: Checklist,
  text: ChecklistText,
  summary: RiskSummary,
): SummaryView {
  const t = useTranslations("summary");
  const locale = useLocale();
  const messages = useMessages();
  return useMemo(
    () =>
      buildSummaryView({
        assessment,
        checklist,
        summary,
        text,
        t: t as unknown as Translate,
        audit: createAuditText(locale, messages),
      }),
    [assessment, checklist, summary, text, t, locale, messages],
  );
}
