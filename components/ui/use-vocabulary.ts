"use client";

import { useLocale } from "next-intl";
import { useEffect, useState } from "react";

import { CURRENT_CHECKLIST_VERSION } from "@/lib/checklist/registry";
import type { ChecklistText } from "@/lib/i18n/checklist-text";
import { loadChecklistText } from "@/lib/i18n/load-checklist-text";
import { isLocale } from "@/lib/i18n/routing";

/**
 * The words for levels, decisions and severities, from the current checklist: the one
 * vocabulary every page shares (history, compare, register), so a level reads the same as on
 * the summary. Loaded with the checklist's texts in this language only; null until then.
 */
export function useVocabulary(): ChecklistText | null {
  const locale = useLocale();
  const [vocabulary, setVocabulary] = useState<{ locale: string; text: ChecklistText } | null>(null);
  useEffect(() => {
    let live = true;
    void loadChecklistText(CURRENT_CHECKLIST_VERSION, isLocale(locale) ? locale : "en").then(
      (text) => live && setVocabulary({ locale, text }),
    );
    return () => {
      live = false;
    };
  }, [locale]);
  return vocabulary?.locale === locale ? vocabulary.text : null;
}
