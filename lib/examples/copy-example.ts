// "Copy into my assessments": an example becomes a draft of the user's own, on the current
// checklist version (answers migrated as a re-assessment migrates them). A draft, not a completed
// assessment: completing freezes a verdict in the name of the assessor who answered, and nobody
// in this company answered the example. The copy is theirs to check, change and complete.
import type { Assessment } from "@/lib/assessment/assessment";
import { migrateAnswersToCurrent } from "@/lib/checklist/migrations/migrate";
import { CURRENT_CHECKLIST_VERSION, getChecklist } from "@/lib/checklist/registry";
import { createDraft, newDraft } from "@/lib/storage/assessments";

import type { Example } from "./examples";

/** The draft an example is copied into (pure; `copyExample` stores it). */
export function draftFromExample(example: Example, now = new Date()): Assessment {
  const { answers } = migrateAnswersToCurrent(example.checklistVersion, example.answers);
  const checklist = getChecklist(CURRENT_CHECKLIST_VERSION);
  const draft = newDraft(CURRENT_CHECKLIST_VERSION, checklist.sections[0]?.id ?? "basics", now);
  // It opens on the review step: every answer is already there to read through.
  return { ...draft, answers, step: "review" };
}

/** Stores a copy of the example as a new draft, in one transaction, and returns it. */
export function copyExample(example: Example): Promise<Assessment> {
  const draft = draftFromExample(example);
  return createDraft(draft.checklistVersion, draft.step, draft.answers);
}
