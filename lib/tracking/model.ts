// Tracked conditions and approvals: what became of each condition and required approval of a
// completed assessment's frozen summary after the verdict. Pure: the state is derived from the
// frozen summary and the record's audit trail (tracking entries, "item_status_set",
// "evidence_added", "evidence_removed", and the "cleared" sign-off), never stored beside them, so
// the hash chain over the trail (lib/assessment/chain.ts) covers every status, note and evidence
// hash, and a state edited in storage or in an export fails the chain like a forged verdict.
//
// lib/storage writes the entries (after checkChange below agrees); the summary page, the history
// row, the CSV register and the PDF read deriveTracking's result.
import type {
  Assessment,
  AuditEntry,
  EvidenceRef,
  SignOff,
  TrackedStatus,
  TrackingChange,
} from "@/lib/assessment/assessment";
import { engagementOf } from "@/lib/assessment/engagement";
import type { Decision } from "@/lib/checklist/types";
import type { RiskSummary } from "@/lib/risk/evaluate-risk";

export type { EvidenceRef, TrackedStatus, TrackingChange } from "@/lib/assessment/assessment";

export type TrackedKind = "condition" | "approval";
export type TrackedKey = `${TrackedKind}:${string}` | "assessment";

/**
 * When an item must be met, where the checklist's own text says so ("Before signing: …",
 * "… before work starts"): each control id below is one whose condition text says it, and
 * model.test.ts checks that against the checklist texts of every version. Every required approval
 * or filing is due before work starts (reference 5.3 item 4: obtain it before the work it covers).
 */
export type DuePoint = "before_signing" | "before_start";

const DUE_POINTS: Readonly<Record<string, DuePoint>> = {
  end_client_verified: "before_signing",
  check_before_signing: "before_signing",
  classify_before_signing: "before_signing",
  chain_disclosed: "before_start",
  permits_obtained: "before_start",
  confirm_approval_before_start: "before_start",
  full_review_insisted: "before_start",
};

/** The control ids with a due point, for the test that reads the checklist texts. */
export const CONTROLS_WITH_DUE_POINTS: Readonly<Record<string, DuePoint>> = DUE_POINTS;

export function duePointOf(kind: TrackedKind, id: string): DuePoint | undefined {
  return kind === "approval" ? "before_start" : DUE_POINTS[id];
}

/** Decisions whose conditions are tracked: a declined commission has nothing to clear. */
const TRACKED_DECISIONS: readonly Decision[] = ["proceed", "proceed_with_conditions", "escalate"];

/** Whether a completed assessment's summary has items to track. */
export function trackingApplies(
  summary: Pick<RiskSummary, "decision" | "conditions" | "approvals">,
): boolean {
  return (
    TRACKED_DECISIONS.includes(summary.decision) && summary.conditions.length + summary.approvals.length > 0
  );
}

/** An evidence file on record: added (and perhaps removed, its hash and name kept). */
export interface EvidenceOnRecord {
  ref: EvidenceRef;
  item: TrackedKey;
  addedAt: string;
  addedBy: string;
  removed?: { at: string; by: string; note?: string };
}

export interface StatusChange {
  at: string;
  by: string;
  status: TrackedStatus;
  date?: string;
  note?: string;
}

export interface TrackedItem {
  key: TrackedKey;
  kind: TrackedKind;
  /** The control id (its condition text) or the approval id. */
  id: string;
  /** The raised flags that placed it (from the frozen summary). */
  flags: readonly string[];
  /** An approval the summary listed as already obtained (keep it on file). */
  obtained: boolean;
  status: TrackedStatus;
  /** The change that set the current status (absent while it was never changed). */
  last?: StatusChange;
  /** Every status change, oldest first. */
  changes: StatusChange[];
  /** When it is due: the checklist's point, made a date by the engagement's start date. */
  due?: { point: DuePoint; date?: string };
  /** Open with its due date passed. */
  overdue: boolean;
  /** Its files, oldest first, removed ones included. */
  evidence: EvidenceOnRecord[];
}

export interface Clearance {
  at: string;
  name: string;
  role: string;
  comment: string;
  /** The sign-off's index in the record's signOffs (to show its signature's check). */
  signOff: number;
}

export interface TrackingCounts {
  total: number;
  met: number;
  waived: number;
  notNeeded: number;
  open: number;
  overdue: number;
}

export interface Tracking {
  /** Open items first (overdue first among them), then the rest; each group in summary order. */
  items: TrackedItem[];
  counts: TrackingCounts;
  /** Files attached to the assessment as a whole. */
  evidence: EvidenceOnRecord[];
  /** The clearance in force: made when every item was resolved, none reopened since. */
  clearance?: Clearance;
  /** Every item is met, waived or not needed, and no clearance is in force: a reviewer may clear. */
  clearable: boolean;
  /** The record has been re-assessed, so an item may be marked "not needed". */
  reassessed: boolean;
}

const RESOLVED: readonly TrackedStatus[] = ["met", "waived", "not_needed"];
export const isResolved = (status: TrackedStatus) => RESOLVED.includes(status);

type Source = Pick<Assessment, "answers" | "audit" | "signOffs"> & {
  summary: Pick<RiskSummary, "decision" | "conditions" | "approvals">;
};

/** The items of a frozen summary, before anything happened to them. */
function initialItems(summary: Source["summary"], startDate: string | undefined): TrackedItem[] {
  const item = (kind: TrackedKind, id: string, flags: readonly string[], obtained: boolean): TrackedItem => {
    const point = duePointOf(kind, id);
    return {
      key: `${kind}:${id}`,
      kind,
      id,
      flags,
      obtained,
      status: "open",
      changes: [],
      due: point ? { point, ...(startDate ? { date: startDate } : {}) } : undefined,
      overdue: false,
      evidence: [],
    };
  };
  return [
    ...summary.conditions.map((c) => item("condition", c.control, c.flags, false)),
    ...summary.approvals.map((a) => item("approval", a.id, a.flags, a.obtained === true)),
  ];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The state of every item of a completed assessment on `today` (YYYY-MM-DD), from its frozen
 * summary and its trail. Entries naming an item the summary does not have are ignored (the
 * writes refuse them; a trail that has them fails no chain, but shows nothing).
 */
export function deriveTracking(a: Source, today: string): Tracking {
  const start = engagementOf(a.answers).startDate;
  const items = initialItems(a.summary, start && DATE.test(start) ? start : undefined);
  const byKey = new Map<string, TrackedItem>(items.map((i) => [i.key, i]));
  const files: EvidenceOnRecord[] = [];
  const evidence: EvidenceOnRecord[] = [];
  let clearance: Clearance | undefined;
  let reassessed = false;
  const signOffs = a.signOffs ?? [];
  const allResolved = () => items.every((i) => isResolved(i.status));

  for (const entry of a.audit ?? []) {
    if (entry.action === "reassessed_to") reassessed = true;
    if (entry.action === "signed_off" && entry.detail === "cleared") {
      const index = signOffs.findIndex((s) => s.at === entry.at && s.decision === "cleared");
      const s: SignOff | undefined = signOffs[index];
      if (s && allResolved() && items.length > 0)
        clearance = { at: s.at, name: s.name, role: s.role, comment: s.comment, signOff: index };
      continue;
    }
    const change = entry.tracking;
    if (!change) continue;
    if (entry.action === "item_status_set" && change.status) {
      const item = byKey.get(change.item);
      if (!item) continue;
      const record: StatusChange = { at: entry.at, by: entry.by, status: change.status };
      if (change.date) record.date = change.date;
      if (change.note) record.note = change.note;
      item.changes.push(record);
      item.status = change.status;
      item.last = record;
      if (!isResolved(change.status)) clearance = undefined;
    } else if (entry.action === "evidence_added" && change.evidence) {
      if (change.item !== "assessment" && !byKey.has(change.item)) continue;
      const file: EvidenceOnRecord = {
        ref: change.evidence,
        item: change.item as TrackedKey,
        addedAt: entry.at,
        addedBy: entry.by,
      };
      files.push(file);
      (change.item === "assessment" ? evidence : byKey.get(change.item)!.evidence).push(file);
    } else if (entry.action === "evidence_removed" && change.evidence) {
      const file = files.find((f) => f.ref.id === change.evidence!.id && !f.removed);
      if (file) file.removed = { at: entry.at, by: entry.by, ...(change.note ? { note: change.note } : {}) };
    }
  }

  for (const item of items)
    item.overdue = item.status === "open" && item.due?.date !== undefined && item.due.date < today;
  const order = (i: TrackedItem) => (i.status !== "open" ? 2 : i.overdue ? 0 : 1);
  const sorted = items
    .map((item, index) => ({ item, index }))
    .sort((x, y) => order(x.item) - order(y.item) || x.index - y.index)
    .map(({ item }) => item);
  const count = (status: TrackedStatus) => items.filter((i) => i.status === status).length;
  return {
    items: sorted,
    counts: {
      total: items.length,
      met: count("met"),
      waived: count("waived"),
      notNeeded: count("not_needed"),
      open: count("open"),
      overdue: items.filter((i) => i.overdue).length,
    },
    evidence,
    clearance,
    clearable: items.length > 0 && allResolved() && clearance === undefined,
    reassessed,
  };
}

/** Every file on record (items' and the assessment's), oldest first. */
export function evidenceOf(tracking: Tracking): EvidenceOnRecord[] {
  return [...tracking.evidence, ...tracking.items.flatMap((i) => i.evidence)].sort((x, y) =>
    x.addedAt.localeCompare(y.addedAt),
  );
}

/** The files whose content is (meant to be) stored: on record and not removed. */
export function storedEvidence(tracking: Tracking): EvidenceOnRecord[] {
  return evidenceOf(tracking).filter((f) => !f.removed);
}

// ---------------------------------------------------------------------------------------------
// Changes: what a person asks for, checked against the state before it is written.

export type ItemStatusInput = {
  item: TrackedKey;
  status: TrackedStatus;
  by: string;
  /** met: when (YYYY-MM-DD). */
  date?: string;
  /** met: what was done; waived, not needed: why (required). */
  note?: string;
};

export const TRACKING_REFUSALS = [
  /** The assessment's verdict has nothing to track (declined, or no conditions). */
  "not_tracked",
  "unknown_item",
  /** Nobody named. */
  "who_missing",
  /** Waived or not needed without a reason. */
  "reason_missing",
  /** Met without a valid date, or with a date in the future. */
  "date_invalid",
  /** "Not needed" on an assessment that has not been re-assessed. */
  "not_reassessed",
  /** The item already has this status. */
  "unchanged",
  /** Clearance asked for while an item is open, or a clearance is already in force. */
  "not_clearable",
  /** A file to remove that is not on record, or already removed. */
  "unknown_file",
] as const;
export type TrackingRefusal = (typeof TRACKING_REFUSALS)[number];

export class TrackingRefusedError extends Error {
  constructor(readonly refusal: TrackingRefusal) {
    super(`Tracking change refused: ${refusal}`);
    this.name = "TrackingRefusedError";
  }
}

/** Why a status change may not be written, or null; `today` bounds the date met. */
export function checkStatusChange(
  summary: Source["summary"],
  tracking: Tracking,
  input: ItemStatusInput,
  today: string,
): TrackingRefusal | null {
  if (!trackingApplies(summary)) return "not_tracked";
  const item = tracking.items.find((i) => i.key === input.item);
  if (!item) return "unknown_item";
  if (input.by.trim() === "") return "who_missing";
  if (item.status === input.status) return "unchanged";
  if (input.status === "met" && !(input.date && DATE.test(input.date) && input.date <= today))
    return "date_invalid";
  if ((input.status === "waived" || input.status === "not_needed") && !input.note?.trim())
    return "reason_missing";
  if (input.status === "not_needed" && !tracking.reassessed) return "not_reassessed";
  return null;
}

/** The audit entry of a checked status change. */
export function statusEntry(input: ItemStatusInput, at: string): AuditEntry {
  const change: TrackingChange = { item: input.item, status: input.status };
  if (input.status === "met" && input.date) change.date = input.date;
  const note = input.note?.trim();
  if (note) change.note = note;
  return { at, action: "item_status_set", by: input.by.trim(), detail: input.status, tracking: change };
}

export function evidenceEntry(
  action: "evidence_added" | "evidence_removed",
  item: TrackedKey,
  ref: EvidenceRef,
  by: string,
  at: string,
  note?: string,
): AuditEntry {
  const change: TrackingChange = { item, evidence: ref };
  if (note?.trim()) change.note = note.trim();
  return { at, action, by: by.trim(), detail: ref.name, tracking: change };
}
