// An example as the summary's renderers take it: an in-memory assessment (never stored) on the
// current checklist, with its answers brought there by the migration chain, judged on the case's
// own date. Read-only: it has no fingerprint, because nobody completed it; the example page and
// its PDF say so.
import type { Assessment } from "@/lib/assessment/assessment";
import { ASSESSMENT_SCHEMA_VERSION } from "@/lib/assessment/assessment";
import { migrateAnswersToCurrent } from "@/lib/checklist/migrations/migrate";
import { CURRENT_CHECKLIST_VERSION, getChecklist } from "@/lib/checklist/registry";
import type { Answers, Checklist } from "@/lib/checklist/types";
import type { Locale } from "@/lib/base/locale";
import { evaluateRisk, type RiskSummary } from "@/lib/risk/evaluate-risk";

import type { ExampleCase } from "./example-case";
import { caseAnswers, EXAMPLE_IDS, type Example } from "./examples";

/** A fixed, well-formed id per example, so nothing in memory looks like a stored record's id. */
function exampleUuid(example: Example): string {
  const n = EXAMPLE_IDS.indexOf(example.id) + 1;
  return `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
}

/**
 * The case's answers on the current checklist, in `locale`. `reviewQuestions` are the questions
 * the versions since the case was written added or changed (a new required one stays unanswered:
 * the form asks it).
 */
export function currentAnswers(
  example: ExampleCase,
  locale: Locale,
): { answers: Answers; reviewQuestions: string[] } {
  return migrateAnswersToCurrent(example.answeredOn, caseAnswers(example, locale));
}

export interface ExampleAssessment {
  assessment: Assessment;
  checklist: Checklist;
  summary: RiskSummary;
}

/** The example in `locale`, judged on its case's date, as a read-only, unstored assessment. */
export function exampleAssessment(example: Example, locale: Locale): ExampleAssessment {
  const checklist = getChecklist(CURRENT_CHECKLIST_VERSION);
  const { answers } = currentAnswers(example, locale);
  const summary = evaluateRisk(checklist, answers, { date: example.date });
  const at = `${example.date}T00:00:00.000Z`;
  const assessment: Assessment = {
    id: exampleUuid(example),
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    checklistVersion: CURRENT_CHECKLIST_VERSION,
    status: "completed",
    answers,
    step: "review",
    createdAt: at,
    updatedAt: at,
    summary,
  };
  return { assessment, checklist, summary };
}
