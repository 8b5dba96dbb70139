// The shape of a checklist definition and of the answers given to it. A checklist is data: every
// question, option, condition, flag trigger, mitigation and combination rule is a plain object, so
// it can be walked by tests, serialised, and rendered by the form, the summary and the PDF alike.
// Texts are never stored here: every id maps to a message key (see messages.ts).
import type { LawId } from "./laws";

// ---------------------------------------------------------------------------------------------
// Severity, level and decision, with the one place that orders them.

export const SEVERITIES = ["informational", "elevated", "high", "prohibitive"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const LEVELS = ["low", "medium", "high", "critical"] as const;
export type Level = (typeof LEVELS)[number];

export const DECISIONS = ["proceed", "proceed_with_conditions", "escalate", "decline"] as const;
export type Decision = (typeof DECISIONS)[number];

export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b);
}

export function maxSeverity(a: Severity, b: Severity): Severity {
  return compareSeverity(a, b) >= 0 ? a : b;
}

export function minSeverity(a: Severity, b: Severity): Severity {
  return compareSeverity(a, b) <= 0 ? a : b;
}

export function compareLevel(a: Level, b: Level): number {
  return LEVELS.indexOf(a) - LEVELS.indexOf(b);
}

export function maxLevel(a: Level, b: Level): Level {
  return compareLevel(a, b) >= 0 ? a : b;
}

export function compareDecision(a: Decision, b: Decision): number {
  return DECISIONS.indexOf(a) - DECISIONS.indexOf(b);
}

export function maxDecision(a: Decision, b: Decision): Decision {
  return compareDecision(a, b) >= 0 ? a : b;
}

// ---------------------------------------------------------------------------------------------
// Answers.

export const UNKNOWN = "unknown";
export type Unknown = typeof UNKNOWN;
/** "Does not apply" (2026.3 on): an answer, never "no" and never an open unknown. */
export const NOT_APPLICABLE = "not_applicable";

/**
 * yesNo → "yes" | "no" | "unknown"; singleChoice → option id | "unknown"; multiChoice → option ids
 * (or ["unknown"]); number → number | "unknown"; text, longText → string; country → ISO 3166-1
 * alpha-2 code or "unknown"; date → "YYYY-MM-DD" or "unknown".
 */
export type AnswerValue = string | number | readonly string[];
export type Answers = Record<string, AnswerValue | undefined>;

// ---------------------------------------------------------------------------------------------
// Conditions: a small, serialisable language used both for "show when" and for flag triggers.
// In a trigger declared on a question, a leaf may omit `question`: it then means that question.

export type Condition =
  | { question?: string; equals: string }
  | { question?: string; oneOf: readonly string[] }
  | { question?: string; includes: string }
  | { question?: string; includesAny: readonly string[] }
  | { question?: string; gte: number }
  | { question?: string; gt: number }
  | { question?: string; lte: number }
  /** This number answer is at least `factor` times another number answer and at least `by` above it. */
  | { question?: string; exceeds: { question: string; factor: number; by: number } }
  /** Not answered, or answered "don't know". */
  | { question?: string; unresolved: true }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition };

/** An answer raising a flag. `severity` overrides the flag's catalogue severity for this trigger. */
export interface Trigger {
  readonly flag: string;
  readonly when: Condition;
  readonly severity?: Severity;
}

// ---------------------------------------------------------------------------------------------
// Legal references are data, formatted per language by lib/i18n/legal-refs.ts.

export interface LegalRef {
  readonly law: LawId;
  /** "31", "62(4)" (item 4 of Art. 62), "334-1" (Art. 334-1, 第三百三十四条之一). */
  readonly articles?: readonly string[];
  /** The reference (section 7) could not confirm the article number or the current text. */
  readonly unverified?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Questions.

interface QuestionBase {
  /** Stable snake_case slug; answers are keyed by it forever. */
  readonly id: string;
  /** Only engagement-basics questions are required. */
  readonly required?: boolean;
  /** Whether "don't know" is offered: on every factual question, never on free text like a name. */
  readonly allowUnknown: boolean;
  /** Whether "does not apply" is offered (choice questions that some kinds of work make moot). */
  readonly allowNotApplicable?: boolean;
  /** Options (and for yes/no, "yes" or "no") that raise nothing on purpose; every other option of a
   *  2026.3+ question must raise a flag (checked by the definition test). "none" is always benign. */
  readonly benign?: readonly string[];
  readonly showWhen?: Condition;
  /** Key question: an unresolved answer raises `key_unknowns` (the engine adds the trigger), which
   *  keeps the level at medium or above (rule 10). */
  readonly key?: boolean;
  readonly raises?: readonly Trigger[];
  readonly basis?: readonly LegalRef[];
}

export interface YesNoQuestion extends QuestionBase {
  readonly kind: "yesNo";
}
export interface SingleChoiceQuestion extends QuestionBase {
  readonly kind: "singleChoice";
  readonly options: readonly string[];
}
export interface MultiChoiceQuestion extends QuestionBase {
  readonly kind: "multiChoice";
  /** "none" (if offered) and "unknown" must be chosen alone. */
  readonly options: readonly string[];
  /** The options are declared controls (mitigations); their labels live under `controls`. */
  readonly controls?: boolean;
}
export interface NumberQuestion extends QuestionBase {
  readonly kind: "number";
  readonly min?: number;
  readonly max?: number;
  readonly unit?: Unit;
  readonly integer?: boolean;
}
export interface TextQuestion extends QuestionBase {
  readonly kind: "text" | "longText";
  readonly maxLength?: number;
}
export interface CountryQuestion extends QuestionBase {
  readonly kind: "country";
}
export interface DateQuestion extends QuestionBase {
  readonly kind: "date";
}

export type Question =
  | YesNoQuestion
  | SingleChoiceQuestion
  | MultiChoiceQuestion
  | NumberQuestion
  | TextQuestion
  | CountryQuestion
  | DateQuestion;
export type QuestionKind = Question["kind"];

export const UNITS = ["people", "gb_per_month", "percent_of_market", "cny", "percent"] as const;
export type Unit = (typeof UNITS)[number];

export const SECTION_IDS = [
  "basics",
  "identity",
  "purpose",
  "data",
  "collection",
  "transfer",
  "commercial",
  "legal",
  "intuition",
] as const;
export type SectionId = (typeof SECTION_IDS)[number];
/** Sections that hold flags (A–H of the reference). */
export type FlagSectionId = Exclude<SectionId, "basics">;

export interface Section {
  readonly id: SectionId;
  readonly questions: readonly Question[];
  /** The flags this section's questions raise, declared once here (the summary's catalogue order). */
  readonly flags?: readonly FlagDeclaration[];
}

// ---------------------------------------------------------------------------------------------
// Flags, controls, approvals and combination rules.

export interface Mitigation {
  readonly control: string;
  /** The residual severity this control brings the flag down to (never below; never for prohibitive). */
  readonly residual: Severity;
}

/** A flag as a section declares it, beside the questions that raise it. */
export interface FlagDeclaration {
  /** Same slug as section 4 of the reference. */
  readonly id: string;
  /** Catalogue severity; a trigger may override it for the answer that raised it. */
  readonly severity: Severity;
  readonly mitigations: readonly Mitigation[];
  readonly basis: readonly LegalRef[];
  /**
   * 2026.4 on: the flag cites the legal bases of the questions whose answers raised it (falling back
   * to `basis`), for a flag several unrelated questions raise (an approval to confirm, a check).
   */
  readonly basisFromTriggers?: boolean;
}

/** A flag of an assembled checklist: its section is the one that declares it. */
export interface Flag extends FlagDeclaration {
  readonly section: FlagSectionId;
}

export interface Control {
  readonly id: string;
}

/** A required approval or filing (reference 5.3 item 4), required when any of its flags is raised. */
export interface Approval {
  readonly id: string;
  readonly flags: readonly string[];
  /** 2026.3 on: also required while one of these questions (does the approval exist?) is "don't know". */
  readonly questions?: readonly string[];
  /** 2026.4 on: when this holds the approval is in hand: listed as obtained (keep on file, keep current). */
  readonly obtainedWhen?: Condition;
}

/** A predicate over raised flag ids. */
export type FlagPattern =
  { flag: string } | { allOf: readonly FlagPattern[] } | { anyOf: readonly FlagPattern[] };

export type RuleId =
  | "prohibitive_flag"
  | "railway_pattern"
  | "surveying_by_proxy"
  | "sensor_network"
  | "expert_network"
  | "cover_story"
  | "control_loss"
  | "three_high_sections"
  | "base_severity"
  | "key_unknowns";

/** The combination rules of reference 4.1. They read raised flags only, never raw answers. */
export type Rule =
  | { readonly id: RuleId; readonly kind: "anyResidual"; readonly severity: Severity; readonly level: Level }
  | { readonly id: RuleId; readonly kind: "pattern"; readonly pattern: FlagPattern; readonly level: Level }
  | {
      readonly id: RuleId;
      readonly kind: "distinctSections";
      readonly atLeastSeverity: Severity;
      readonly sections: number;
      readonly level: Level;
    }
  | { readonly id: RuleId; readonly kind: "baseSeverity" };

export interface Checklist {
  readonly version: string;
  readonly sections: readonly Section[];
  readonly flags: readonly Flag[];
  readonly controls: readonly Control[];
  readonly approvals: readonly Approval[];
  /** In the order of reference 4.1. */
  readonly rules: readonly Rule[];
  /** Which fired rule explains the level when several reach it: the most specific first. */
  readonly reasonPrecedence: readonly RuleId[];
  /** Rules whose firing calls for a decision of at least `decision` whatever the level. */
  readonly decisionFloors: readonly { readonly rule: RuleId; readonly decision: Decision }[];
  /** Flags that by themselves mean espionage is suspected (reporting guidance, 5.3 item 8). */
  readonly espionageFlags: readonly string[];
  /**
   * 2026.3 on: flags that point to espionage when the level is critical (a hidden or military
   * end user, a cover story, secrecy, collection on the client's terms). When declared, a critical
   * level alone no longer advises reporting: a missing permit is not a sign of espionage.
   */
  readonly espionageIndicators?: readonly string[];
  /** 2026.3 on: proceed conditions a raised flag places on the engagement (texts under controls.<id>.condition). */
  readonly proceedConditions?: readonly ProceedCondition[];
  /** 2026.3 on: answers the company itself controls, and the safer answer, for "what would change the verdict". */
  readonly companyControlled?: readonly ControlledAnswer[];
  /**
   * 2026.4 on: reporting guidance needs one strong sign of espionage, or weak ones raised in two
   * different sections (independent), each at elevated or above. Replaces `espionageFlags` and
   * `espionageIndicators` for the versions that declare it.
   */
  readonly reportingSigns?: { readonly strong: readonly string[]; readonly weak: readonly string[] };
  /**
   * 2026.4 on: what to do instead of reporting, by what raised a high or critical level without a
   * sign of espionage (texts under reporting.instead_<id>); the first that matches is given.
   */
  readonly insteadOfReporting?: readonly { readonly id: string; readonly flags: readonly string[] }[];
  /** 2026.4 on: the lowest level "what would change the verdict" is offered from (else high). */
  readonly whatWouldChangeFrom?: Level;
  /** 2026.4 on: answers only the counterparty (or a check of it) can change, said when the company's own cannot. */
  readonly counterpartyAnswers?: readonly ControlledAnswer[];
  /** 2026.4 on: a declared control contradicted by an answer is not counted (and the form says so). */
  readonly contradictions?: readonly ControlContradiction[];
  /** 2026.4 on: the question whose options are additions to an agreed scope (a change request). */
  readonly scopeAdditions?: string;
}

export interface ControlContradiction {
  readonly control: string;
  /** The answers that contradict the control (evaluated on the effective answers). */
  readonly when: Condition;
}

export interface ProceedCondition {
  readonly id: string;
  readonly flags: readonly string[];
}

/** A company-controlled answer: set it to `to`, or (multi-choice) drop the options `drop`. */
export type ControlledAnswer =
  | { readonly question: string; readonly to: AnswerValue }
  | { readonly question: string; readonly drop: readonly string[] };
