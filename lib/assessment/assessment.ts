// The assessment record: one filled checklist for one prospective commission. This file holds
// its shape (zod, so storage and imported files are parsed on read) and nothing that touches
// IndexedDB; lib/storage does that.
import type { Answers } from "@/lib/checklist/types";

import { answerValueSchema, BOUNDS, idString, riskSummarySchema, withoutProtoKey } from "./summary-schema";
import * as z from "@/lib/base/zod";
import { screeningRecordSchema } from "@/lib/screening/record";
import { answerSourcesSchema } from "@/lib/assessment/answer-sources";
import { signatureSchema } from "./signature-schema";

/**
 * Version 1 throughout: the review fields (audit, signOffs, reassessedFrom, reassessBy,
 * reviewQuestions) were added as optional members, so every record written before them still
 * parses unchanged and no stored or exported record needed rewriting. Bump only for a change
 * that an older record cannot satisfy.
 */
export const ASSESSMENT_SCHEMA_VERSION = 1;

/**
 * The seal a record was written under, stored as `sealVersion` (absent: written before it).
 * Seal 2: the fingerprint also covers `sealVersion` and the answer sources, a completed record
 * must carry its chain, and every sign-off must carry a valid signature (signature.ts). Records
 * without the marker keep verifying as before; their unsigned sign-offs read as made before
 * signatures, never as verified.
 */
export const SEAL_VERSION = 2;

export const assessmentStatusSchema = z.enum(["draft", "completed"]);
export type AssessmentStatus = z.infer<typeof assessmentStatusSchema>;

const isoDateTime = z.iso.datetime({ offset: true });

/** The decisions a reviewer records on the verdict (the sign-off form offers these). */
export const REVIEW_DECISIONS = ["approved", "approved_with_conditions", "rejected"] as const;
/**
 * Every sign-off decision: the review decisions and "cleared", the clearance a reviewer signs when
 * every condition and approval of the verdict is met, waived or not needed (lib/tracking).
 */
export const SIGN_OFF_DECISIONS = [...REVIEW_DECISIONS, "cleared"] as const;
export const signOffDecisionSchema = z.enum(SIGN_OFF_DECISIONS);
export type SignOffDecision = z.infer<typeof signOffDecisionSchema>;

const personName = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));
const hex64 = z.string().check(z.regex(/^[0-9a-f]{64}$/));

export const signOffSchema = z.object({
  decision: signOffDecisionSchema,
  name: personName,
  role: personName,
  comment: z.string().check(z.maxLength(4000)),
  at: isoDateTime,
  /** ECDSA signature of the reviewer's device key (signature.ts); absent before signatures. */
  signature: z.optional(signatureSchema),
});
export type SignOff = z.infer<typeof signOffSchema>;

/** What happened to the assessment. Entries are only ever appended (see lib/storage). */
export const AUDIT_ACTIONS = [
  "created",
  "reassessed_from",
  "reassessed_to",
  "completed",
  "signed_off",
  "reassess_by_set",
  "copied_on_import",
  // lib/tracking: a condition's or approval's status set, an evidence file added or removed.
  "item_status_set",
  "evidence_added",
  "evidence_removed",
] as const;

/** The status of a condition or required approval of a completed assessment (lib/tracking). */
export const TRACKED_STATUSES = ["open", "met", "waived", "not_needed"] as const;
export type TrackedStatus = (typeof TRACKED_STATUSES)[number];

/** The types an evidence file is stored as, detected from its content (lib/tracking/evidence.ts). */
export const EVIDENCE_TYPES = [
  "application/pdf",
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
  "application/zip",
  "application/x-ole-storage",
  "text/plain",
  "application/octet-stream",
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

/** 25 MB: the largest evidence file (lib/tracking/evidence.ts has the other limits). */
export const MAX_EVIDENCE_BYTES = 25 * 1024 * 1024;

/** An evidence file as the audit trail records it: enough to check its bytes, never the bytes. */
export const evidenceRefSchema = z.strictObject({
  id: z.uuid(),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  /** The original name, sanitised (lib/tracking/evidence.ts sanitiseFileName). */
  name: z.string().check(z.minLength(1), z.maxLength(255)),
  size: z.int().check(z.minimum(0), z.maximum(MAX_EVIDENCE_BYTES)),
  type: z.enum(EVIDENCE_TYPES),
});
export type EvidenceRef = z.infer<typeof evidenceRefSchema>;

/** "condition:<control id>", "approval:<approval id>", or "assessment" (a file on the whole record). */
export const trackedKeySchema = z
  .string()
  .check(z.maxLength(120), z.regex(/^(?:(?:condition|approval):[a-z0-9_]{1,100}|assessment)$/));

/** What a tracking audit entry changed (lib/tracking derives each item's state from these). */
export const trackingChangeSchema = z.strictObject({
  item: trackedKeySchema,
  /** item_status_set: the new status. */
  status: z.optional(z.enum(TRACKED_STATUSES)),
  /** When the condition was met (YYYY-MM-DD; may be earlier than the entry). */
  date: z.optional(z.iso.date()),
  /** What was done, or why it was waived or is not needed. */
  note: z.optional(z.string().check(z.maxLength(4000))),
  /** evidence_added, evidence_removed: the file. */
  evidence: z.optional(evidenceRefSchema),
});
export type TrackingChange = z.infer<typeof trackingChangeSchema>;
export const auditEntrySchema = z.object({
  at: isoDateTime,
  action: z.enum(AUDIT_ACTIONS),
  /** Who: the assessor (creation, completion) or the reviewer (sign-off). */
  by: z.string().check(z.maxLength(400)),
  /** What, in data: the sign-off decision, the id of a re-assessment's source or of the
   *  re-assessment made from this one, the new date. */
  detail: z.optional(z.string().check(z.maxLength(4000))),
  /** A tracking action's change (lib/tracking); inside the chain like the rest of the entry. */
  tracking: z.optional(trackingChangeSchema),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/**
 * Every member is bounded (strings, arrays, the number of answers) and unknown members are
 * refused: what is stored is exactly this shape. The frozen summary has its own strict schema
 * (summary-schema.ts); storage, import (and its worker) parse with this one schema.
 */
export const assessmentSchema = z.strictObject({
  id: z.uuid(),
  schemaVersion: z.literal(ASSESSMENT_SCHEMA_VERSION),
  sealVersion: z.optional(z.literal(SEAL_VERSION)),
  checklistVersion: idString,
  status: assessmentStatusSchema,
  answers: z.pipe(
    withoutProtoKey,
    z.pipe(
      z
        .record(idString.check(z.regex(/^[a-z][a-z0-9_]*$/, "not a question id")), answerValueSchema)
        .check(z.refine((a) => Object.keys(a).length <= BOUNDS.answers, `at most ${BOUNDS.answers} answers`)),
      z.transform((a) => a as Answers),
    ),
  ),
  step: idString,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  completedAt: z.optional(isoDateTime),
  /** Frozen at completion: the summary that was shown, never recomputed behind the user's back. */
  summary: z.optional(riskSummarySchema),
  /** SHA-256 (hex) of the canonical frozen content; see fingerprint.ts. */
  fingerprint: z.optional(hex64),
  /** Reviewers' decisions on a completed assessment, oldest first. Outside the fingerprint. */
  signOffs: z.optional(z.array(signOffSchema).check(z.maxLength(BOUNDS.trail))),
  /** Every status change, oldest first; appended, never rewritten. Outside the fingerprint. */
  audit: z.optional(z.array(auditEntrySchema).check(z.maxLength(BOUNDS.trail))),
  /**
   * Head of the hash chain over the audit trail and the sign-offs, anchored on the fingerprint
   * (chain.ts). Absent on records completed before the chain existed: they get one at their next
   * write, covering the entries they had then. Required under seal 2.
   */
  chain: z.optional(hex64),
  /** The assessment this one re-assesses (the history shows the chain). */
  reassessedFrom: z.optional(z.uuid()),
  /** When a completed assessment should be re-assessed (YYYY-MM-DD). */
  reassessBy: z.optional(z.iso.date()),
  /** A re-assessment's questions that are new or changed since the source's checklist version. */
  reviewQuestions: z.optional(z.array(idString).check(z.maxLength(BOUNDS.list))),
  /** Restricted-party screening (lib/screening/record.ts), frozen at completion; fingerprinted when present. */
  screening: z.optional(screeningRecordSchema),
  /** Answers recorded from the client's reply to our letter (lib/letter). Fingerprinted under seal 2. */
  answerSources: z.optional(answerSourcesSchema),
});

export type Assessment = z.infer<typeof assessmentSchema>;

/** A stored record that does not parse: which one, and what is wrong with it (zod's issues, each with
 *  the value it was given; lib/assessment/issues.ts words them in the reader's language). */
export class DamagedRecordError extends Error {
  constructor(
    readonly id: string,
    readonly issues: readonly z.core.$ZodIssue[],
  ) {
    const where = issues.slice(0, 3).map((issue) => `${issuePath(issue)} (${issue.code})`);
    super(`Assessment ${id} is damaged: ${where.join("; ")}`);
    this.name = "DamagedRecordError";
  }
}

/** Where in a record an issue is: "summary.flags.0.slug", or "(record)" for the record itself. */
export function issuePath(issue: z.core.$ZodIssue): string {
  return issue.path.map(String).join(".") || "(record)";
}

/** The record's id if it has a readable one (for messages about a record that does not parse). */
export function recordIdOf(raw: unknown): string {
  const id = typeof raw === "object" && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === "string" ? id.slice(0, 64) : "?";
}

/** Parse anything read from IndexedDB or a file into the current Assessment type, or throw a
 *  DamagedRecordError naming the record and what is wrong. */
export function restoreAssessment(raw: unknown): Assessment {
  const parsed = assessmentSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw new DamagedRecordError(recordIdOf(raw), parsed.error.issues);
  return parsed.data;
}
