// The assessment record: one filled checklist for one prospective commission. This file holds
// its shape (zod, so storage and imported files are parsed on read) and nothing that touches
// IndexedDB; lib/storage does that.
import { z } from "zod";

import type { Answers } from "@/lib/checklist/types";
import { answerSourcesSchema } from "@/lib/letter/answer-sources";
import type { RiskSummary } from "@/lib/risk/evaluate-risk";

// The app's CSP forbids eval; without this zod probes `new Function` and the browser reports a
// CSP violation (zod then falls back to the same interpreted parsing this selects).
z.config({ jitless: true });

/**
 * Version 1 throughout: the review fields (audit, signOffs, reassessedFrom, reassessBy,
 * reviewQuestions) were added as optional members, so every record written before them still
 * parses unchanged and no stored or exported record needed rewriting. Bump only for a change
 * that an older record cannot satisfy.
 */
export const ASSESSMENT_SCHEMA_VERSION = 1;

export const assessmentStatusSchema = z.enum(["draft", "completed"]);
export type AssessmentStatus = z.infer<typeof assessmentStatusSchema>;

const isoDateTime = z.iso.datetime({ offset: true });

export const SIGN_OFF_DECISIONS = ["approved", "approved_with_conditions", "rejected"] as const;
export const signOffDecisionSchema = z.enum(SIGN_OFF_DECISIONS);
export type SignOffDecision = z.infer<typeof signOffDecisionSchema>;

const personName = z.string().trim().min(1).max(200);

export const signOffSchema = z.object({
  decision: signOffDecisionSchema,
  name: personName,
  role: personName,
  comment: z.string().max(4000),
  at: isoDateTime,
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
] as const;
export const auditEntrySchema = z.object({
  at: isoDateTime,
  action: z.enum(AUDIT_ACTIONS),
  /** Who: the assessor (creation, completion) or the reviewer (sign-off). */
  by: z.string().max(400),
  /** What, in data: the sign-off decision, the id of a re-assessment's source or of the
   *  re-assessment made from this one, the new date. */
  detail: z.string().max(4000).optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

const answerValueSchema = z.union([z.string(), z.number(), z.array(z.string())]);

export const assessmentSchema = z.object({
  id: z.uuid(),
  schemaVersion: z.literal(ASSESSMENT_SCHEMA_VERSION),
  checklistVersion: z.string().min(1),
  status: assessmentStatusSchema,
  answers: z.record(z.string(), answerValueSchema).transform((a) => a as Answers),
  step: z.string().min(1),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  completedAt: isoDateTime.optional(),
  /** Frozen at completion: the summary that was shown, never recomputed behind the user's back. */
  summary: z
    .custom<RiskSummary>((value) => typeof value === "object" && value !== null && "level" in value)
    .optional(),
  /** SHA-256 (hex) of the canonical frozen content; see fingerprint.ts. */
  fingerprint: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  /** Reviewers' decisions on a completed assessment, oldest first. Outside the fingerprint. */
  signOffs: z.array(signOffSchema).optional(),
  /** Every status change, oldest first; appended, never rewritten. Outside the fingerprint. */
  audit: z.array(auditEntrySchema).optional(),
  /** The assessment this one re-assesses (the history shows the chain). */
  reassessedFrom: z.uuid().optional(),
  /** When a completed assessment should be re-assessed (YYYY-MM-DD). */
  reassessBy: z.iso.date().optional(),
  /** A re-assessment's questions that are new or changed since the source's checklist version. */
  reviewQuestions: z.array(z.string()).optional(),
  /** Answers recorded from the client's reply to our letter (lib/letter). Outside the fingerprint. */
  answerSources: answerSourcesSchema.optional(),
});

export type Assessment = z.infer<typeof assessmentSchema>;

/** Parse anything read from IndexedDB or a file into the current Assessment type, or throw. */
export function restoreAssessment(raw: unknown): Assessment {
  return assessmentSchema.parse(raw);
}
