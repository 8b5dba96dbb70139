// The frozen summary as stored: a zod schema that matches RiskSummary (lib/risk/evaluate-risk.ts)
// member for member, with a bound on every string and array. A stored or imported summary that
// fails it is "damaged" (never rendered), so the summary page never meets a missing member, an
// unknown rule id (a raw message key) or a 20,000-deep object.
//
// Unknown members are refused (strict objects), so whatever is stored is exactly what the engine
// can produce. To add a member to RiskSummary (say, for a new checklist version), add it here
// too, optional if older summaries lack it: the type checks at the end of this file fail until
// the schema and the type agree again.

import { isLawId, type LawId } from "@/lib/checklist/laws";
import {
  DECISIONS,
  LEVELS,
  type RuleId,
  SECTION_IDS,
  SEVERITIES,
  type FlagSectionId,
} from "@/lib/checklist/types";
import type { ReportingReason, RiskSummary } from "@/lib/risk/evaluate-risk";

import * as z from "@/lib/base/zod";

/** Bounds of what a stored record may hold; generous for real use, small enough to stay fast. */
export const BOUNDS = {
  /** Ids, slugs, versions, dates and other machine words. */
  id: 100,
  /** Flags, rules, questions, sections… any list of ids in a summary. */
  list: 500,
  /** Triggers of one flag, articles of one reference. */
  short: 50,
  /** One free-text answer (the form's own limits are lower; a draft may hold anything typed). */
  text: 20_000,
  /** One stored answer list (options of a multi-choice question). */
  options: 200,
  /** Answers of one assessment. */
  answers: 1_000,
  /** Audit entries and sign-offs of one assessment. */
  trail: 1_000,
} as const;

// Rule ids as data, checked against RuleId both ways below (RuleId is a type only).
const RULE_IDS = [
  "prohibitive_flag",
  "railway_pattern",
  "surveying_by_proxy",
  "sensor_network",
  "expert_network",
  "cover_story",
  "control_loss",
  "three_high_sections",
  "base_severity",
  "key_unknowns",
] as const satisfies readonly RuleId[];
const REPORTING_REASONS = [
  "level_critical",
  "espionage_suspected",
] as const satisfies readonly ReportingReason[];
const FLAG_SECTION_IDS = SECTION_IDS.filter((s): s is FlagSectionId => s !== "basics") as [
  FlagSectionId,
  ...FlagSectionId[],
];

/** An object without an own "__proto__" key: zod's record skips one without a word, so a record
 *  keyed by user text is piped through this first and such a key refused. */
export const withoutProtoKey = z.custom<object>(
  (a) => typeof a === "object" && a !== null && !Object.hasOwn(a, "__proto__"),
  { message: 'a "__proto__" key' },
);

export const idString = z.string().check(z.minLength(1), z.maxLength(BOUNDS.id));
export const idList = z.array(idString).check(z.maxLength(BOUNDS.list));
const count = z.int().check(z.minimum(0), z.maximum(1_000_000));

export const answerValueSchema = z.union([
  z.string().check(z.maxLength(BOUNDS.text)),
  z.number(),
  z.readonly(z.array(z.string().check(z.maxLength(BOUNDS.text))).check(z.maxLength(BOUNDS.options))),
]);

const ruleId = z.enum(RULE_IDS);
const level = z.enum(LEVELS);
const severity = z.enum(SEVERITIES);
const sectionId = z.enum(SECTION_IDS);

const legalRefSchema = z.strictObject({
  law: z.custom<LawId>((value) => typeof value === "string" && isLawId(value), "unknown law"),
  articles: z.optional(
    z.readonly(
      z.array(z.string().check(z.minLength(1), z.maxLength(BOUNDS.id))).check(z.maxLength(BOUNDS.short)),
    ),
  ),
  unverified: z.optional(z.boolean()),
});

export const raisedFlagSchema = z.strictObject({
  slug: idString,
  section: z.enum(FLAG_SECTION_IDS),
  triggers: z
    .array(z.strictObject({ question: idString, answer: z.nullable(answerValueSchema) }))
    .check(z.maxLength(BOUNDS.short)),
  inherent: severity,
  residual: severity,
  mitigable: z.boolean(),
  controls: idList,
  basis: z.array(legalRefSchema).check(z.maxLength(BOUNDS.short)),
});

const firedRuleSchema = z.strictObject({ id: ruleId, level, flags: idList });

/**
 * The parts of the summary, by name, so that a new version can extend it:
 * `z.extend(riskSummarySchema, { assessed: z.optional(z.boolean()) })`.
 */
export const riskSummaryShape = {
  checklistVersion: idString,
  date: z.iso.date(),
  level,
  decision: z.enum(DECISIONS),
  rule: ruleId,
  reason: z.strictObject({ rule: ruleId, flags: idList }),
  flags: z.array(raisedFlagSchema).check(z.maxLength(BOUNDS.list)),
  rules: z.array(firedRuleSchema).check(z.maxLength(BOUNDS.list)),
  // `obtained` (2026.4 on): the approval is in hand.
  approvals: z
    .array(z.strictObject({ id: idString, flags: idList, obtained: z.optional(z.literal(true)) }))
    .check(z.maxLength(BOUNDS.list)),
  conditions: z.array(z.strictObject({ control: idString, flags: idList })).check(z.maxLength(BOUNDS.list)),
  unknowns: z
    .array(
      z.strictObject({
        question: idString,
        section: sectionId,
        key: z.boolean(),
        status: z.enum(["unknown", "unanswered"]),
      }),
    )
    .check(z.maxLength(BOUNDS.list)),
  sections: z
    .array(
      z.strictObject({
        id: sectionId,
        worst: z.nullable(severity),
        counts: z.strictObject({
          informational: count,
          elevated: count,
          high: count,
          prohibitive: count,
        }),
        answered: count,
        visible: count,
      }),
    )
    .check(z.maxLength(SECTION_IDS.length)),
  completeness: z.int().check(z.minimum(0), z.maximum(100)),
  reporting: z.strictObject({
    advised: z.boolean(),
    reasons: z.array(z.enum(REPORTING_REASONS)).check(z.maxLength(REPORTING_REASONS.length)),
    flags: idList,
  }),
};

export const riskSummarySchema = z.strictObject(riskSummaryShape);

// ---------------------------------------------------------------------------------------------
// The schema and RiskSummary must agree both ways: a member added to one and not the other, or a
// changed type, fails the type check here.

type Equal<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Parsed = z.infer<typeof riskSummarySchema>;
export const summarySchemaMatchesType: Equal<Parsed, RiskSummary> = true;
export const ruleIdsAreComplete: Equal<(typeof RULE_IDS)[number], RuleId> = true;
export const reasonsAreComplete: Equal<(typeof REPORTING_REASONS)[number], ReportingReason> = true;
