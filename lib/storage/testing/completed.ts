// Test helpers: records made through the storage module, the way the app makes them.
import type { Assessment } from "@/lib/assessment/assessment";
import { localDate } from "@/lib/assessment/dates";
import { newSigner } from "@/lib/assessment/signature";
import { getChecklist } from "@/lib/checklist/registry";
import type { Answers } from "@/lib/checklist/types";
import { evaluateRisk } from "@/lib/risk/evaluate-risk";

import { completeAssessment, createDraft, signOffAssessment, writeDraft } from "../assessments";

/** A completed assessment on checklist `version`, signed off "rejected" by a fresh device key. */
export async function completedThroughStorage(answers: Answers, version = "2026.2"): Promise<Assessment> {
  const draft = await createDraft(version, "basics");
  await writeDraft({ id: draft.id, base: {}, changed: answers, step: "review" });
  const summary = evaluateRisk(getChecklist(version), answers, { date: localDate() });
  await completeAssessment(draft.id, answers, summary);
  return signOffAssessment(
    draft.id,
    { decision: "rejected", name: "Zhang Min", role: "Legal counsel", comment: "Decline." },
    await newSigner(),
  );
}
