"use client";

import { useLocale } from "next-intl";
import { useMemo } from "react";

import { CURRENT_CHECKLIST_VERSION } from "@/lib/checklist/registry";
import { type ChecklistText, createChecklistText } from "@/lib/i18n/checklist-text";
import { isLocale } from "@/lib/i18n/routing";

/**
 * The words for levels, decisions and severities, from the current checklist: the one
 * vocabulary every page shares (history, compare, register), so a level reads the same as on
 * the summary.
 */
export function useVocabulary(): ChecklistText {
  const locale = useLocale();
  return useMemo(
    () => createChecklistText(CURRENT_CHECKLIST_VERSION, isLocale(locale) ? locale : "en"),
    [locale],
  );
}
