// The screening record kept with an assessment: which lists (with their dates and fingerprints),
// which names, every possible match with its explanation, and the user's decision on each. It is
// an optional member of the assessment (lib/assessment/assessment.ts), frozen at completion,
// exported with it and covered by its fingerprint when present.
import { z } from "zod";

import { LIST_FORMATS, LIST_SCOPES } from "./types";

// The app's CSP forbids eval; this module also runs in the screening worker, where the page's
// z.config does not reach, so it sets the interpreted parsing zod would otherwise probe for.
z.config({ jitless: true });

export const NAME_ROLES = ["client", "end_client", "parent", "intermediary"] as const;
export type NameRole = (typeof NAME_ROLES)[number];

export const HIT_DECISIONS = ["pending", "confirmed", "dismissed"] as const;
export type HitDecision = (typeof HIT_DECISIONS)[number];

const isoDateTime = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().max(max);

export const screenedListSchema = z.object({
  id: z.string().min(1).max(100),
  name: text(200),
  format: z.enum(LIST_FORMATS),
  scope: z.enum(LIST_SCOPES),
  asOf: z.iso.date(),
  entityCount: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ScreenedList = z.infer<typeof screenedListSchema>;

export const screenedNameSchema = z.object({ role: z.enum(NAME_ROLES), name: text(200).min(1) });
export type ScreenedName = z.infer<typeof screenedNameSchema>;

export const recordedHitSchema = z.object({
  /** The screened name (one of `names`) this hit is for. */
  name: text(200),
  role: z.enum(NAME_ROLES),
  listId: z.string().max(100),
  entryKey: text(400),
  entryName: text(1000),
  matchedName: text(1000),
  alias: z.boolean(),
  score: z.number().min(0).max(1),
  pairs: z.array(z.object({ query: text(400), listed: text(400), similarity: z.number() })).max(50),
  list: text(400).optional(),
  programme: text(1000).optional(),
  listedOn: text(40).optional(),
  countries: z.array(text(100)).max(50),
  sourceUrl: text(2000).optional(),
  decision: z.enum(HIT_DECISIONS),
  /** Why a possible match was dismissed (required then). */
  reason: text(2000).optional(),
  decidedAt: isoDateTime.optional(),
});
export type RecordedHit = z.infer<typeof recordedHitSchema>;

export const screeningRecordSchema = z
  .object({
    screenedAt: isoDateTime,
    lists: z.array(screenedListSchema).max(100),
    names: z.array(screenedNameSchema).max(20),
    hits: z.array(recordedHitSchema).max(2000),
  })
  .refine((r) => r.hits.every((h) => h.decision !== "dismissed" || (h.reason ?? "").trim() !== ""), {
    message: "a dismissed match needs a reason",
  });
export type ScreeningRecord = z.infer<typeof screeningRecordSchema>;
