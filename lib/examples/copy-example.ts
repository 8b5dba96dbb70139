// "Copy into my assessments": an example becomes a draft of the user's own, on the current
// checklist version (answers migrated as a re-assessment migrates them), in the page's language,
// opening on its first step like any new draft. A draft, not a completed assessment: completing
// freezes a verdict in the name of the assessor who answered, and nobody in this company answered
// the example. The copy is theirs to check, change and complete.
import type { Assessment } from "@/lib/assessment/assessment";
import { CURRENT_CHECKLIST_VERSION, getChecklist } from "@/lib/checklist/registry";
import type { Locale } from "@/lib/base/locale";
import { startDraftWith } from "@/lib/storage";
import { newDraft } from "@/lib/storage/new-draft";

import { currentAnswers } from "./example-assessment";
import type { Example } from "./examples";

/** The draft an example is copied into (pure; `copyExample` stores it). */
export function draftFromExample(example: Example, locale: Locale, now = new Date()): Assessment {
  const { answers } = currentAnswers(example, locale);
  const firstStep = getChecklist(CURRENT_CHECKLIST_VERSION).sections[0]!.id;
  return { ...newDraft(CURRENT_CHECKLIST_VERSION, firstStep, now), answers };
}

/** Stores a copy of the example as a new draft, in one transaction, and returns it. */
export function copyExample(example: Example, locale: Locale): Promise<Assessment> {
  const draft = draftFromExample(example, locale);
  return startDraftWith(draft.checklistVersion, draft.step, draft.answers);
}
