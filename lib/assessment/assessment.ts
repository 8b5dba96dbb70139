// The assessment record: one filled checklist for one prospective commission. This file holds
// its shape (zod, so storage and imported files are parsed on read) and nothing that touches
// IndexedDB; lib/storage does that.
import { z } from "zod";

import type { Answers } from "@/lib/checklist/types";
import type { RiskSummary } from "@/lib/risk/evaluate";

// The app's CSP forbids eval; without this zod probes `new Function` and the browser reports a
// CSP violation (zod then falls back to the same interpreted parsing this selects).
z.config({ jitless: true });

export const ASSESSMENT_SCHEMA_VERSION = 1;

export const assessmentStatusSchema = z.enum(["draft", "completed"]);
export type AssessmentStatus = z.infer<typeof assessmentStatusSchema>;

const isoDateTime = z.iso.datetime({ offset: true });

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
});

export type Assessment = z.infer<typeof assessmentSchema>;

/** Parse anything read from IndexedDB or a file into the current Assessment type, or throw. */
export function restoreAssessment(raw: unknown): Assessment {
  return assessmentSchema.parse(raw);
}
