// The history table's row: the few fields the history lists, searches, filters and sorts on,
// denormalised from an assessment whenever it is written (db.ts keeps them in their own table,
// so listing 10,000 assessments never reads 10,000 full records). Pure; no IndexedDB here.
import type { Assessment, SignOffDecision } from "@/lib/assessment/assessment";
import { engagementOf } from "@/lib/assessment/engagement";
import type { Decision, Level } from "@/lib/checklist/types";

export interface HistoryRow {
  id: string;
  status: Assessment["status"];
  project: string;
  counterparty: string;
  endClient: string;
  assessor: string;
  /** Frozen level/decision of a completed assessment; absent for drafts. */
  level?: Level;
  decision?: Decision;
  /** The latest reviewer decision, if any. */
  signOff?: SignOffDecision;
  checklistVersion: string;
  createdAt: string;
  updatedAt: string;
  completedAt?: string;
  reassessBy?: string;
  reassessedFrom?: string;
  /** Lower-cased project, counterparty, end client and assessor, for search as you type. */
  search: string;
}

export function historyRowOf(a: Assessment): HistoryRow {
  const engagement = engagementOf(a.answers);
  const project = engagement.project ?? "";
  const counterparty = engagement.client ?? "";
  const endClient = engagement.endClient ?? "";
  const assessor = engagement.assessor ?? "";
  return {
    id: a.id,
    status: a.status,
    project,
    counterparty,
    endClient,
    assessor,
    level: a.status === "completed" ? a.summary?.level : undefined,
    decision: a.status === "completed" ? a.summary?.decision : undefined,
    signOff: a.signOffs?.at(-1)?.decision,
    checklistVersion: a.checklistVersion,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    completedAt: a.completedAt,
    reassessBy: a.reassessBy,
    reassessedFrom: a.reassessedFrom,
    search: [project, counterparty, endClient, assessor].join("\n").toLocaleLowerCase(),
  };
}
