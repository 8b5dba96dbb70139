"use client";

import { useLocale, useMessages, useTranslations } from "next-intl";
import { useMemo } from "react";

import type { Assessment } from "@/lib/assessment/assessment";
import { createAuditText } from "@/lib/assessment/audit-text";
import type { Checklist } from "@/lib/checklist/types";
import type { ChecklistText } from "@/lib/i18n/checklist-text";
import type { RiskSummary } from "@/lib/risk/evaluate-risk";
import type { Translate } from "@/lib/base/locale";
import type { ScreeningRecord } from "@/lib/screening/record";
import { buildSummaryView, type SummaryView, type SummaryViewInput } from "@/lib/summary/summary-view";

import type { Signatures } from "./use-signatures";

/**
 * The view model of one summary in the page's language (see lib/summary/summary-view.ts).
 * `screening` is a draft's record (useScreeningRecord); a completed assessment carries its own.
 * `example`: a worked example's status and project note (stable between renders).
 */
export function useSummaryView(
  assessment: Assessment,
  checklist: Checklist,
  text: ChecklistText,
  summary: RiskSummary,
  screening: ScreeningRecord | undefined = assessment.screening,
  signatures?: Signatures,
  example?: SummaryViewInput["example"],
): SummaryView {
  const t = useTranslations("summary");
  const ts = useTranslations("screening");
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
        ...(screening ? { screening: { record: screening, t: ts as unknown as Translate } } : {}),
        ...(signatures ? { signatures } : {}),
        ...(example ? { example } : {}),
      }),
    [assessment, checklist, summary, text, t, ts, locale, messages, screening, signatures, example],
  );
}
