// The screening record kept with an assessment: which lists (with their dates and fingerprints),
// which names, every possible match with its explanation, and the user's decision on each. It is
// an optional member of the assessment (lib/assessment/assessment.ts), frozen at completion,
// exported with it and covered by its fingerprint when present.
// (lib/base/zod.ts sets interpreted parsing also in the screening worker, where the page's
// head does not reach.)
import * as z from "@/lib/base/zod";

import { LIST_FORMATS, LIST_SCOPES } from "./types";

export const NAME_ROLES = ["client", "end_client", "parent", "intermediary"] as const;
export type NameRole = (typeof NAME_ROLES)[number];

export const HIT_DECISIONS = ["pending", "confirmed", "dismissed"] as const;
export type HitDecision = (typeof HIT_DECISIONS)[number];

const isoDateTime = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().check(z.maxLength(max));

export const screenedListSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: text(200),
  format: z.enum(LIST_FORMATS),
  scope: z.enum(LIST_SCOPES),
  asOf: z.iso.date(),
  entityCount: z.int().check(z.minimum(0)),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});
export type ScreenedList = z.infer<typeof screenedListSchema>;

export const screenedNameSchema = z.object({
  role: z.enum(NAME_ROLES),
  name: text(200).check(z.minLength(1)),
});
export type ScreenedName = z.infer<typeof screenedNameSchema>;

export const recordedHitSchema = z.object({
  /** The screened name (one of `names`) this hit is for. */
  name: text(200),
  role: z.enum(NAME_ROLES),
  listId: z.string().check(z.maxLength(100)),
  entryKey: text(400),
  entryName: text(1000),
  matchedName: text(1000),
  alias: z.boolean(),
  score: z.number().check(z.minimum(0), z.maximum(1)),
  pairs: z
    .array(z.object({ query: text(400), listed: text(400), similarity: z.number() }))
    .check(z.maxLength(50)),
  list: z.optional(text(400)),
  programme: z.optional(text(1000)),
  listedOn: z.optional(text(40)),
  countries: z.array(text(100)).check(z.maxLength(50)),
  sourceUrl: z.optional(text(2000)),
  decision: z.enum(HIT_DECISIONS),
  /** Why a possible match was dismissed (required then). */
  reason: z.optional(text(2000)),
  decidedAt: z.optional(isoDateTime),
});
export type RecordedHit = z.infer<typeof recordedHitSchema>;

export const screeningRecordSchema = z
  .object({
    screenedAt: isoDateTime,
    lists: z.array(screenedListSchema).check(z.maxLength(100)),
    names: z.array(screenedNameSchema).check(z.maxLength(20)),
    hits: z.array(recordedHitSchema).check(z.maxLength(2000)),
  })
  .check(
    z.refine((r) => r.hits.every((h) => h.decision !== "dismissed" || (h.reason ?? "").trim() !== ""), {
      message: "a dismissed match needs a reason",
    }),
  );
export type ScreeningRecord = z.infer<typeof screeningRecordSchema>;
