// Message keys for checklist texts. Every text a checklist shows lives in
// lib/checklist/<version>/messages/ (en.json, en.form.json, en.reading.json and the same for zh,
// split by who reads them: message-files.ts messagePartOf), which laid over each other make one
// nested object usable by next-intl; keys below are relative to that object (mount it under one
// namespace in the app). Key convention:
//
//   sections.<section>.{title,intro}
//   questions.<question>.{label,help}            questions.<question>.options.<option>
//   answers.{yes,no,unknown,none}                 shared by every question ("don't know", "none of these")
//   controls.<control>.{label,condition}          a control question's options use `label`
//   flags.<flag>.{title,finding,why,action}
//   rules.<rule>.{title,reason}                   reason takes the ICU argument {flags}
//   approvals.<approval>   laws.<law>   units.<unit>   severities.<s>   levels.<l>   decisions.<d>
//   validation.<code>   unknowns.<...>   reporting.<...>   legal.to_verify
//
// Ids are snake_case slugs, so no key segment contains a dot.
//
// This module holds keys only, so any page may import it: the texts themselves are in
// message-files.ts (every version and language at once: tests, scripts) and are loaded one version
// and language at a time by lib/i18n/load-checklist-text.ts (the app).
import type { LawId } from "./laws";
import type { Messages } from "@/lib/base/locale";
import type { Decision, Level, Question, RuleId, SectionId, Severity, Unit } from "./types";

export function sectionKeys(id: SectionId) {
  return { title: `sections.${id}.title`, intro: `sections.${id}.intro` } as const;
}

export function sectionKey(id: SectionId): string {
  return sectionKeys(id).title;
}

export function questionKeys(q: Pick<Question, "id">) {
  return { label: `questions.${q.id}.label`, help: `questions.${q.id}.help` } as const;
}

export const ANSWER_KEYS = {
  yes: "answers.yes",
  no: "answers.no",
  unknown: "answers.unknown",
  none: "answers.none",
} as const;

/** Only versions with "does not apply" answers carry this text. */
export const NOT_APPLICABLE_KEY = "answers.not_applicable";

/** The label of one option of a choice question (yes/no, "don't know" and "none" are shared). */
export function optionKey(q: Question, option: string): string {
  if (option === "unknown") return ANSWER_KEYS.unknown;
  if (option === "none") return ANSWER_KEYS.none;
  if (option === "not_applicable") return NOT_APPLICABLE_KEY;
  if (q.kind === "yesNo") return option === "yes" ? ANSWER_KEYS.yes : ANSWER_KEYS.no;
  if (q.kind === "multiChoice" && q.controls) return controlKeys(option).label;
  return `questions.${q.id}.options.${option}`;
}

export function controlKeys(id: string) {
  return { label: `controls.${id}.label`, condition: `controls.${id}.condition` } as const;
}

/** The condition a declared control places on the engagement (summary, 5.3 item 5). */
export function controlKey(id: string): string {
  return controlKeys(id).condition;
}

export function flagKeys(slug: string) {
  return {
    title: `flags.${slug}.title`,
    finding: `flags.${slug}.finding`,
    why: `flags.${slug}.why`,
    action: `flags.${slug}.action`,
  } as const;
}

export function ruleKeys(id: RuleId) {
  return { title: `rules.${id}.title`, reason: `rules.${id}.reason` } as const;
}

/** The key of the one-sentence reason of a summary: base_severity without flags has its own text. */
export function reasonKey(reason: { rule: RuleId; flags: readonly string[] }): string {
  return reason.rule === "base_severity" && reason.flags.length === 0
    ? "rules.base_severity.reason_none"
    : ruleKeys(reason.rule).reason;
}

export const approvalKey = (id: string) => `approvals.${id}`;
export const lawKey = (id: LawId) => `laws.${id}`;
export const unitKey = (unit: Unit) => `units.${unit}`;
export const severityKey = (s: Severity) => `severities.${s}`;
export const levelKey = (l: Level) => `levels.${l}`;
export const decisionKey = (d: Decision) => `decisions.${d}`;

export const VALIDATION_KEYS = {
  required: "validation.required",
  number: "validation.number",
  integer: "validation.integer",
  min: "validation.min",
  max: "validation.max",
  date: "validation.date",
  country: "validation.country",
  option: "validation.option",
  exclusive: "validation.exclusive",
  too_long: "validation.too_long",
  unknown_question: "validation.unknown_question",
} as const;
export type ValidationCode = keyof typeof VALIDATION_KEYS;

export const UNKNOWNS_KEYS = {
  title: "unknowns.title",
  unknown: "unknowns.status_unknown",
  unanswered: "unknowns.status_unanswered",
  effectKey: "unknowns.effect_key",
  effectOther: "unknowns.effect_other",
} as const;

export const REPORTING_KEYS = {
  /** 2026.3 on: what to do instead when a critical result shows no sign of espionage. */
  instead: "reporting.instead",
  /** 2026.4 on: what to do instead, by the cause of a high or critical result (`insteadOfReporting`). */
  insteadOf: (id: string) => `reporting.instead_${id}`,
  title: "reporting.title",
  reasons: {
    level_critical: "reporting.reasons.level_critical",
    espionage_suspected: "reporting.reasons.espionage_suspected",
  },
  channels: "reporting.channels",
  regulators: "reporting.regulators",
  steps: "reporting.steps",
  disclosure: "reporting.disclosure",
} as const;

export const LEGAL_KEYS = { toVerify: "legal.to_verify" } as const;

/**
 * A later version's files hold only what it adds or rewords; they are laid over the version it
 * builds on, so an unchanged text is written once and old versions keep their own words.
 */
export function overlayMessages(base: Messages, changes: Messages): Messages {
  const out: Messages = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    const below = out[key];
    out[key] = typeof value === "object" && typeof below === "object" ? overlayMessages(below, value) : value;
  }
  return out;
}

/** Looks up a dotted key in a nested message object (tests and non-React renderers such as the PDF). */
export function lookupMessage(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const segment of key.split(".")) {
    if (node === undefined || typeof node === "string") return undefined;
    node = node[segment];
  }
  return typeof node === "string" ? node : undefined;
}
