// The history table's row: the few fields the history lists, searches, filters and sorts on,
// denormalised from an assessment whenever it is written (db.ts keeps them in their own table,
// so listing 10,000 assessments never reads 10,000 full records). Pure; no IndexedDB here.
import type { Assessment, SignOffDecision } from "@/lib/assessment/assessment";
import { engagementOf } from "@/lib/assessment/engagement";
import type { SignOffCheck } from "@/lib/assessment/signature";
import type { Decision, Level } from "@/lib/checklist/types";
import { localDate } from "@/lib/assessment/dates";
import { deriveTracking, trackingApplies } from "@/lib/tracking/model";

export interface HistoryRow {
  id: string;
  status: Assessment["status"];
  project: string;
  /** The client (the app's word everywhere else): stored rows keep this name, read as `client`. */
  counterparty: string;
  endClient: string;
  assessor: string;
  /** Frozen level/decision of a completed assessment; absent for drafts. */
  level?: Level;
  decision?: Decision;
  /** The latest reviewer decision, if any; "unverified" when its signature fails or is missing
   *  (or was not checked) on a record that requires one: never shown as that decision. */
  signOff?: SignOffDecision | "unverified";
  checklistVersion: string;
  createdAt: string;
  updatedAt: string;
  completedAt?: string;
  reassessBy?: string;
  reassessedFrom?: string;
  /**
   * Its tracked conditions and approvals (lib/tracking), when its verdict has any: how many, how
   * many still open, the earliest due date among the open ones (overdue is read against today by
   * the history), and the date of a clearance whose signature verifies.
   */
  conditions?: { total: number; open: number; nextDue?: string; cleared?: string };
  /** Lower-cased project, counterparty, end client and assessor, for search as you type. */
  search: string;
}

/**
 * `checks`: the record's sign-offs checked (signature.ts checkSignOffs), in order. Without them
 * the latest sign-off of a sealed record reads as unverified: a row never says "Approved" for a
 * signature nobody checked.
 */
export function historyRowOf(a: Assessment, checks?: readonly SignOffCheck[]): HistoryRow {
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
    signOff: latestSignOff(a, checks),
    checklistVersion: a.checklistVersion,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    completedAt: a.completedAt,
    reassessBy: a.reassessBy,
    reassessedFrom: a.reassessedFrom,
    ...conditionsOf(a, checks),
    search: [project, counterparty, endClient, assessor].join("\n").toLocaleLowerCase(),
  };
}

function latestSignOff(a: Assessment, checks: readonly SignOffCheck[] | undefined): HistoryRow["signOff"] {
  const last = a.signOffs?.at(-1);
  if (!last) return undefined;
  const check = checks?.at(-1);
  if (check) return check.status === "unverified" ? "unverified" : last.decision;
  // Unchecked: only a sign-off made before signatures (nothing to check) keeps its decision.
  return a.sealVersion === undefined && !last.signature ? last.decision : "unverified";
}

/** The row's conditions member, for a completed assessment whose verdict has items to track. */
function conditionsOf(a: Assessment, checks: readonly SignOffCheck[] | undefined): Partial<HistoryRow> {
  if (a.status !== "completed" || !a.summary || !trackingApplies(a.summary)) return {};
  const tracking = deriveTracking({ ...a, summary: a.summary }, localDate());
  const open = tracking.items.filter((i) => i.status === "open");
  const nextDue = open.flatMap((i) => (i.due?.date ? [i.due.date] : [])).sort()[0];
  const clearance = tracking.clearance;
  const verified = clearance && checks?.[clearance.signOff]?.status === "signed";
  return {
    conditions: {
      total: tracking.counts.total,
      open: tracking.counts.open,
      ...(nextDue ? { nextDue } : {}),
      ...(verified ? { cleared: clearance.at } : {}),
    },
  };
}
