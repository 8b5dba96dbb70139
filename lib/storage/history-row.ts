// The history table's row: the few fields the history lists, searches, filters and sorts on,
// denormalised from an assessment whenever it is written (db.ts keeps them in their own table,
// so listing 10,000 assessments never reads 10,000 full records). Pure; no IndexedDB here.
// Only the storage module writes a row, and only from a parsed record (historyRowOf); every row
// carries `check`, a checksum of its other fields, so a row changed by anything else (edited in
// the browser's developer tools, or half-written) is told apart when read (row-check.ts).
import type { Assessment, SignOffDecision } from "@/lib/assessment/assessment";
import { engagementOf } from "@/lib/assessment/engagement";
import type { SignOffCheck } from "@/lib/assessment/signature";
import type { Decision, Level } from "@/lib/checklist/types";
import { localDate } from "@/lib/assessment/dates";
import { deriveTracking, trackingApplies } from "@/lib/tracking/model";
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
  /** Slugs of the flags that set a completed assessment's level (its summary's reason). */
  decisiveFlags?: string[];
  /** Lower-cased project, counterparty, end client and assessor, for search as you type. */
  search: string;
  /** Every party the assessment names, for earlier engagements (lib/register); rows written
   *  before it was added have none, and are matched on client and end client. */
  parties?: PartyName[];
  /** rowChecksum of every other field, as historyRowOf wrote them (see row-check.ts). */
  check: string;
  /**
   * Set only on a row read back that failed its check or its schema (row-check.ts): what was
   * wrong. Such a row keeps only its id and the fields that passed; no verdict, no sign-off.
   */
  damaged?: readonly string[];
}

/**
 * A checksum of a row's fields (all but `check` and `damaged`), keys in sorted order: FNV-1a,
 * two 32-bit lanes. Not a seal (anyone can recompute it; the record's fingerprint and chain are the
 * seal): it tells a row the storage module wrote from one changed afterwards, in about a
 * microsecond per row, so the history can check all 10,000 as it lists them.
 */
export function rowChecksum(row: object): string {
  const fields = row as Record<string, unknown>;
  const keys = Object.keys(fields).filter((k) => k !== "check" && k !== "damaged" && fields[k] !== undefined);
  let text = "";
  for (const key of keys.sort()) {
    const value = fields[key];
    // A string as itself, with its length (so 1 and "1", or a split between fields, differ);
    // anything else as JSON, nested values in their stored order (IndexedDB's structured clone
    // keeps the order written).
    text +=
      typeof value === "string" ? `${key}=s${value.length}:${value}` : `${key}=j:${JSON.stringify(value)}`;
  }
  // Locals only, one loop: V8 keeps both lanes in registers (a closure over them was 10× slower).
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(36) + "." + (b >>> 0).toString(36);
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
  const completed = a.status === "completed";
  const row: Omit<HistoryRow, "check"> = {
    id: a.id,
    status: a.status,
    project,
    counterparty,
    endClient,
    assessor,
    level: completed ? a.summary?.level : undefined,
    decision: completed ? a.summary?.decision : undefined,
    signOff: latestSignOff(a, checks),
    checklistVersion: a.checklistVersion,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    completedAt: a.completedAt,
    reassessBy: a.reassessBy,
    reassessedFrom: a.reassessedFrom,
    ...conditionsOf(a, checks),
    decisiveFlags: completed ? a.summary?.reason.flags : undefined,
    search: [project, counterparty, endClient, assessor].join("\n").toLocaleLowerCase(),
    parties: partiesOf(a, counterparty, endClient),
  };
  return { ...row, check: rowChecksum(row) };
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
