"use client";

import { useLocale } from "next-intl";
import { useEffect, useState } from "react";

import { type Assessment, DamagedRecordError } from "@/lib/assessment/assessment";
import { getChecklist, isKnownChecklistVersion } from "@/lib/checklist/registry";
import type { Checklist } from "@/lib/checklist/types";
import type { ChecklistText } from "@/lib/i18n/checklist-text";
import { loadChecklistText } from "@/lib/i18n/load-checklist-text";
import type { Locale } from "@/lib/base/locale";
import { isLocale } from "@/lib/i18n/routing";
import { readAssessment } from "@/lib/storage";

export type LoadedAssessment<Text = ChecklistText> =
  | { status: "loading" }
  | { status: "missing" }
  | { status: "unknownChecklist"; version: string }
  | { status: "failed"; reason: string }
  | { status: "damaged"; id: string; issues: DamagedRecordError["issues"] }
  | { status: "ready"; assessment: Assessment; checklist: Checklist; text: Text };

/**
 * Loads an assessment from this browser with the checklist version it was answered against, and
 * that version's texts (`loadText`: every text, or the form's part, load-checklist-text.ts).
 */
export function useAssessment(id: string): LoadedAssessment;
export function useAssessment<Text>(
  id: string,
  loadText: (version: string, locale: Locale) => Promise<Text>,
): LoadedAssessment<Text>;
export function useAssessment(
  id: string,
  loadText: (version: string, locale: Locale) => Promise<unknown> = loadChecklistText,
): LoadedAssessment<unknown> {
  const locale = useLocale();
  const [state, setState] = useState<LoadedAssessment<unknown>>({ status: "loading" });
  useEffect(() => {
    let live = true;
    readAssessment(id)
      .then(async (assessment) => {
        if (!live) return;
        if (!assessment) return setState({ status: "missing" });
        if (!isKnownChecklistVersion(assessment.checklistVersion)) {
          return setState({ status: "unknownChecklist", version: assessment.checklistVersion });
        }
        // The texts of this version, in this language only, loaded now. (The definitions come
        // with lib/storage, which imports the registry; loading them apart would ship them twice.)
        const checklist = getChecklist(assessment.checklistVersion);
        const text = await loadText(assessment.checklistVersion, isLocale(locale) ? locale : "en");
        if (live) setState({ status: "ready", assessment, checklist, text });
      })
      .catch(
        (error: unknown) =>
          live &&
          setState(
            error instanceof DamagedRecordError
              ? { status: "damaged", id: error.id, issues: error.issues }
              : { status: "failed", reason: String(error) },
          ),
      );
    return () => {
      live = false;
    };
  }, [id, locale, loadText]);
  return state;
}
