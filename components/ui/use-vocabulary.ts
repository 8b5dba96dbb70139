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
  return useChecklistText(CURRENT_CHECKLIST_VERSION);
}

/** The texts of one checklist version in the page's language, loaded once; null until then. */
export function useChecklistText(version: string): ChecklistText | null {
  const locale = useLocale();
  const key = `${version}/${locale}`;
  const [loaded, setLoaded] = useState<{ key: string; text: ChecklistText } | null>(null);
  useEffect(() => {
    let live = true;
    void loadChecklistText(version, isLocale(locale) ? locale : "en").then(
      (text) => live && setLoaded({ key: `${version}/${locale}`, text }),
    );
    return () => {
      live = false;
    };
  }, [version, locale]);
  return loaded?.key === key ? loaded.text : null;
}
