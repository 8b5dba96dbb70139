// The history table's row: the few fields the history lists, searches, filters and sorts on,
// denormalised from an assessment whenever it is written (db.ts keeps them in their own table,
// so listing 10,000 assessments never reads 10,000 full records). Pure; no IndexedDB here.
import type { Assessment, SignOffDecision } from "@/lib/assessment/assessment";
import { engagementOf } from "@/lib/assessment/engagement";
import type { SignOffCheck } from "@/lib/assessment/signature";
import type { Decision, Level } from "@/lib/checklist/types";
import type { NameRole } from "@/lib/screening/record";

/** A party an assessment names: its client, end client, or a name screened with them. */
export interface PartyName {
  role: NameRole;
  name: string;
}

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
  /** The latest reviewer decision, if any; "unverified" when its signature fails or is missing
   *  (or was not checked) on a record that requires one: never shown as that decision. */
  signOff?: SignOffDecision | "unverified";
  checklistVersion: string;
  createdAt: string;
  updatedAt: string;
  completedAt?: string;
  reassessBy?: string;
  reassessedFrom?: string;
  /** Lower-cased project, counterparty, end client and assessor, for search as you type. */
  search: string;
  /** Every party the assessment names, for earlier engagements (lib/register); rows written
   *  before it was added have none, and are matched on counterparty and end client. */
  parties?: PartyName[];
  /** The flags behind a completed assessment's decision (its summary's reason). */
  decisiveFlags?: string[];
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
    search: [project, counterparty, endClient, assessor].join("\n").toLocaleLowerCase(),
    parties: partiesOf(a, counterparty, endClient),
    ...(a.status === "completed" && a.summary ? { decisiveFlags: [...a.summary.reason.flags] } : {}),
  };
}

function partiesOf(a: Assessment, client: string, endClient: string): PartyName[] {
  const named: PartyName[] = [
    { role: "client", name: client.trim() },
    { role: "end_client", name: endClient.trim() },
    ...(a.screening?.names ?? []),
  ];
  const seen = new Set<string>();
  return named.filter(({ role, name }) => {
    const key = `${role}\n${name}`;
    if (name === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function latestSignOff(a: Assessment, checks: readonly SignOffCheck[] | undefined): HistoryRow["signOff"] {
  const last = a.signOffs?.at(-1);
  if (!last) return undefined;
  const check = checks?.at(-1);
  if (check) return check.status === "unverified" ? "unverified" : last.decision;
  // Unchecked: only a sign-off made before signatures (nothing to check) keeps its decision.
  return a.sealVersion === undefined && !last.signature ? last.decision : "unverified";
}
