// An example as the summary's renderers take it: an in-memory assessment (never stored), with
// the summary the engine gives its answers today. Read-only: it has no fingerprint, because
// nobody completed it; the example page says so.
import type { Assessment } from "@/lib/assessment/assessment";
import { ASSESSMENT_SCHEMA_VERSION } from "@/lib/assessment/assessment";
import { getChecklist } from "@/lib/checklist/registry";
import type { Checklist } from "@/lib/checklist/types";
import { evaluateRisk, type RiskSummary } from "@/lib/risk/evaluate-risk";

import { EXAMPLE_IDS, type Example } from "./examples";

/** A fixed, well-formed id per example, so nothing in memory looks like a stored record's id. */
function exampleUuid(example: Example): string {
  const n = EXAMPLE_IDS.indexOf(example.id) + 1;
  return `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
}

export interface ExampleAssessment {
  assessment: Assessment;
  checklist: Checklist;
  summary: RiskSummary;
}

/** The example evaluated on `date` (YYYY-MM-DD), as a read-only, unstored assessment. */
export function exampleAssessment(example: Example, date: string): ExampleAssessment {
  const checklist = getChecklist(example.checklistVersion);
  const summary = evaluateRisk(checklist, example.answers, { date });
  const at = `${date}T00:00:00.000Z`;
  const assessment: Assessment = {
    id: exampleUuid(example),
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    checklistVersion: example.checklistVersion,
    status: "completed",
    answers: { ...example.answers },
    step: "review",
    createdAt: at,
    updatedAt: at,
    summary,
  };
  return { assessment, checklist, summary };
}
