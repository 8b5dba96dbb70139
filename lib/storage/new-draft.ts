// An empty draft as every path stores it (quick-create.ts directly, assessments.ts through Dexie).
import { ASSESSMENT_SCHEMA_VERSION, type Assessment } from "@/lib/assessment/assessment";

export function newDraft(checklistVersion: string, firstStep: string, now = new Date()): Assessment {
  const at = now.toISOString();
  return {
    id: crypto.randomUUID(),
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    checklistVersion,
    status: "draft",
    answers: {},
    step: firstStep,
    createdAt: at,
    updatedAt: at,
    audit: [{ at, action: "created", by: "" }],
  };
}
