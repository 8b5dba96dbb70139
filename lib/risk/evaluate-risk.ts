// The risk engine: a pure function from a checklist definition and answers to an explained
// verdict. No clock, no randomness, no I/O; the summary is plain JSON whose texts are ids and
// message keys, never prose, so it can be frozen with a completed assessment and rendered in
// either language later.
import {
  effectiveAnswers,
  evaluateCondition,
  isAnswered,
  isQuestionVisible,
  isUnknownAnswer,
} from "@/lib/checklist/conditions";
import {
  compareLevel,
  compareSeverity,
  maxDecision,
  maxSeverity,
  minSeverity,
  SEVERITIES,
  UNKNOWN,
  type AnswerValue,
  type Answers,
  type Checklist,
  type Condition,
  type Decision,
  type Flag,
  type FlagSectionId,
  type LegalRef,
  type Level,
  type RuleId,
  type SectionId,
  type Question,
  type Severity,
  type Trigger,
} from "@/lib/checklist/types";

import { decisionForLevel } from "./policy";

import { applyRule, type FiredRule } from "./rules";

export type { FiredRule } from "./rules";

/** A key question left open (unanswered or "don't know") raises this flag (reference rule 10). */
export const KEY_UNKNOWNS_FLAG = "key_unknowns";
const KEY_UNKNOWN_TRIGGER: Trigger = { flag: KEY_UNKNOWNS_FLAG, when: { unresolved: true } };

/** The flag a "don't know" on whether an approval exists raises (2026.3 on); it lists that approval. */
export const APPROVAL_TO_CONFIRM_FLAG = "approval_to_confirm";

/** The triggers of a question: those it declares, and for a key question the key-unknown one. */
export function triggersOf(q: Question): readonly Trigger[] {
  return q.key ? [...(q.raises ?? []), KEY_UNKNOWN_TRIGGER] : (q.raises ?? []);
}

export interface FlagTrigger {
  question: string;
  /** The answer that raised the flag; null when a key question was left unanswered. */
  answer: AnswerValue | null;
}

export interface RaisedFlag {
  slug: string;
  section: FlagSectionId;
  triggers: FlagTrigger[];
  /** Severity before declared controls (the worst of the triggers that fired). */
  inherent: Severity;
  /** Severity after declared controls; equal to `inherent` when none applies or it is prohibitive. */
  residual: Severity;
  /** Whether a declared control could lower this flag at all (never for prohibitive). */
  mitigable: boolean;
  /** Declared controls that apply to this flag. */
  controls: string[];
  basis: LegalRef[];
}

export interface RequiredApproval {
  id: string;
  flags: string[];
  /** 2026.4 on: the approval is in hand (keep it on file and current); absent when required. */
  obtained?: true;
}

/** A declared control, which becomes a condition of proceeding (5.3 item 5). */
export interface SummaryCondition {
  control: string;
  flags: string[];
}

export interface OpenUnknown {
  question: string;
  section: SectionId;
  key: boolean;
  status: "unknown" | "unanswered";
}

export interface SectionPicture {
  id: SectionId;
  worst: Severity | null;
  counts: Record<Severity, number>;
  answered: number;
  visible: number;
}

export type ReportingReason = "level_critical" | "espionage_suspected";

export interface RiskSummary {
  checklistVersion: string;
  date: string;
  level: Level;
  decision: Decision;
  /** The rule that set the level. */
  rule: RuleId;
  /** Render with ruleKeys(reason.rule).reason, {flags} = the flags' titles. */
  reason: { rule: RuleId; flags: string[] };
  flags: RaisedFlag[];
  rules: FiredRule[];
  approvals: RequiredApproval[];
  conditions: SummaryCondition[];
  unknowns: OpenUnknown[];
  sections: SectionPicture[];
  /** Answered visible questions as a percentage, rounded down (100 only when all are answered). */
  completeness: number;
  reporting: { advised: boolean; reasons: ReportingReason[]; flags: string[] };
}

/**
 * Whether to advise reporting to state security, and why. Up to 2026.2 a critical level alone
 * advised it; from 2026.3 (which declares `espionageIndicators`) only signs of espionage do: one
 * of the espionage flags, or an indicator at a critical level; from 2026.4 (`reportingSigns`) a
 * strong sign, or two independent weak ones.
 */
function reportingAdvice(
  checklist: Checklist,
  raisedFlags: readonly RaisedFlag[],
  level: Level,
): RiskSummary["reporting"] {
  const raised = new Set(raisedFlags.map((f) => f.slug));
  const critical = level === "critical";
  if (checklist.reportingSigns) return reportingOnSigns(checklist.reportingSigns, raisedFlags, critical);
  const espionage = checklist.espionageFlags.filter((f) => raised.has(f));
  if (!checklist.espionageIndicators) {
    const reasons: ReportingReason[] = [
      ...(critical ? (["level_critical"] as const) : []),
      ...(espionage.length > 0 ? (["espionage_suspected"] as const) : []),
    ];
    return { advised: reasons.length > 0, reasons, flags: espionage };
  }
  const indicators = critical
    ? checklist.espionageIndicators.filter((f) => raised.has(f) && !espionage.includes(f))
    : [];
  const flags = [...espionage, ...indicators];
  if (flags.length === 0) return { advised: false, reasons: [], flags: [] };
  const reasons: ReportingReason[] = [
    ...(critical ? (["level_critical"] as const) : []),
    "espionage_suspected",
  ];
  return { advised: true, reasons, flags };
}

/**
 * 2026.4 on: reporting needs a strong sign of espionage, or weak signs raised in two different
 * sections (independent of each other), each still at elevated or above after controls.
 */
function reportingOnSigns(
  signs: NonNullable<Checklist["reportingSigns"]>,
  flags: readonly RaisedFlag[],
  critical: boolean,
): RiskSummary["reporting"] {
  const counted = flags.filter((f) => compareSeverity(f.residual, "elevated") >= 0);
  const strong = counted.filter((f) => signs.strong.includes(f.slug));
  const weak = counted.filter((f) => signs.weak.includes(f.slug));
  const independent = new Set(weak.map((f) => f.section)).size >= 2;
  const found = [...strong, ...(strong.length > 0 || independent ? weak : [])].map((f) => f.slug);
  if (strong.length === 0 && !independent) return { advised: false, reasons: [], flags: [] };
  return {
    advised: true,
    reasons: [...(critical ? (["level_critical"] as const) : []), "espionage_suspected"],
    flags: flags.map((f) => f.slug).filter((slug) => found.includes(slug)),
  };
}

/** 2026.4 on: the declared controls an answer contradicts, with the questions whose answers do. */
export function contradictions(
  checklist: Checklist,
  effective: Answers,
): { control: string; questions: string[] }[] {
  const holding = (c: Condition): string[] => {
    if ("all" in c) return c.all.flatMap(holding);
    if ("any" in c) return c.any.flatMap(holding);
    if ("not" in c) return [];
    return c.question && evaluateCondition(c, effective) ? [c.question] : [];
  };
  return (checklist.contradictions ?? [])
    .filter((c) => evaluateCondition(c.when, effective))
    .map((c) => ({ control: c.control, questions: [...new Set(holding(c.when))] }));
}

/** 2026.4 on: the declared controls an answer contradicts (not counted). */
export function contradictedControls(checklist: Checklist, effective: Answers): string[] {
  return contradictions(checklist, effective).map((c) => c.control);
}

/** A flag's legal basis: its own, or (2026.4 on, when declared) that of the questions that raised it. */
function basisOf(flag: Flag, triggers: readonly FlagTrigger[], checklist: Checklist): readonly LegalRef[] {
  if (!flag.basisFromTriggers) return flag.basis;
  const questions = new Map(checklist.sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const)));
  const refs: LegalRef[] = [];
  for (const t of triggers)
    for (const ref of questions.get(t.question)?.basis ?? [])
      if (!refs.some((r) => JSON.stringify(r) === JSON.stringify(ref))) refs.push(ref);
  return refs.length > 0 ? refs : flag.basis;
}

/**
 * Evaluates answers against a checklist.
 *
 * - Answers to hidden questions are ignored (as if absent), and so are answers to unknown ids.
 * - A flag is raised by the triggers declared on visible questions; its inherent severity is the
 *   worst among the triggers that fired (a trigger may override the catalogue severity, e.g. the
 *   personal-information thresholds). Each raised flag lists the questions and answers behind it.
 * - Declared controls (options of the visible "controls" questions) lower a flag's residual
 *   severity to the lowest residual its catalogue entry allows; a prohibitive flag never drops.
 * - The combination rules (reference 4.1) see raised flags only. The level is the highest level
 *   of any fired rule; the rule that explains it is the first fired rule at that level in
 *   `checklist.reasonPrecedence` (named patterns before generic ones). Level maps to decision
 *   (low → proceed … critical → decline); an open key unknown raises the decision to escalate.
 * - "Don't know" is never read as "no": an unresolved key question (unknown or unanswered)
 *   raises `key_unknowns` (a trigger every `key: true` question gets here, not in the definition),
 *   which keeps the level at medium or above.
 * - `date` (ISO yyyy-mm-dd) is recorded, never read from the clock. Inputs are not mutated, and
 *   the same inputs always give a deep-equal summary.
 */
export function evaluateRisk(checklist: Checklist, answers: Answers, options: { date: string }): RiskSummary {
  const effective = effectiveAnswers(checklist, answers);
  const visible = checklist.sections.flatMap((s) =>
    s.questions.filter((q) => isQuestionVisible(q, effective)).map((q) => ({ q, section: s.id })),
  );

  const declared = new Set<string>();
  for (const { q } of visible) {
    const value = effective[q.id];
    if (q.kind === "multiChoice" && q.controls && Array.isArray(value)) {
      for (const v of value) if (v !== "none" && v !== UNKNOWN) declared.add(v);
    }
  }
  // 2026.4 on: a declared control an answer contradicts is not counted (the form says so beside it).
  for (const control of contradictedControls(checklist, effective)) declared.delete(control);

  const fired = new Map<string, { severity: Severity; triggers: FlagTrigger[] }>();
  const flagById = new Map<string, Flag>(checklist.flags.map((f) => [f.id, f]));
  for (const { q } of visible) {
    for (const trigger of triggersOf(q)) {
      const flag = flagById.get(trigger.flag);
      if (!flag || !evaluateCondition(trigger.when, effective, q.id)) continue;
      const severity = trigger.severity ?? flag.severity;
      const entry = fired.get(flag.id);
      const answer = effective[q.id] ?? null;
      if (!entry) fired.set(flag.id, { severity, triggers: [{ question: q.id, answer }] });
      else {
        entry.severity = maxSeverity(entry.severity, severity);
        if (!entry.triggers.some((t) => t.question === q.id)) entry.triggers.push({ question: q.id, answer });
      }
    }
  }

  const flags: RaisedFlag[] = checklist.flags.flatMap((flag) => {
    const entry = fired.get(flag.id);
    if (!entry) return [];
    const inherent = entry.severity;
    const mitigable = inherent !== "prohibitive" && flag.mitigations.length > 0;
    const applied = mitigable ? flag.mitigations.filter((m) => declared.has(m.control)) : [];
    const residual = applied.reduce<Severity>((s, m) => minSeverity(s, m.residual), inherent);
    return [
      {
        slug: flag.id,
        section: flag.section,
        triggers: entry.triggers,
        inherent,
        residual,
        mitigable,
        controls: applied.map((m) => m.control),
        basis: basisOf(flag, entry.triggers, checklist).map((ref) => ({
          ...ref,
          ...(ref.articles ? { articles: [...ref.articles] } : {}),
        })),
      },
    ];
  });

  const rules = checklist.rules.flatMap((rule) => applyRule(rule, flags) ?? []);
  const level = rules.reduce<Level>((l, r) => (compareLevel(r.level, l) > 0 ? r.level : l), "low");
  const explaining =
    checklist.reasonPrecedence
      .map((id) => rules.find((r) => r.id === id))
      .find((r) => r !== undefined && r.level === level) ?? rules.find((r) => r.level === level);
  if (!explaining) throw new Error("No combination rule fired; the checklist must include a base rule");
  const decision = checklist.decisionFloors.reduce<Decision>(
    (d, floor) => (rules.some((r) => r.id === floor.rule) ? maxDecision(d, floor.decision) : d),
    decisionForLevel(level),
  );

  const raised = new Set(flags.map((f) => f.slug));
  const visibleIds = new Set(visible.map(({ q }) => q.id));
  const approvals = checklist.approvals.flatMap((a) => {
    const hits = a.flags.filter((f) => raised.has(f));
    const open = (a.questions ?? []).some((id) => visibleIds.has(id) && isUnknownAnswer(effective[id]));
    if (open && raised.has(APPROVAL_TO_CONFIRM_FLAG) && !hits.includes(APPROVAL_TO_CONFIRM_FLAG))
      hits.push(APPROVAL_TO_CONFIRM_FLAG);
    if (hits.length === 0) return [];
    // 2026.4 on: an approval in hand is listed as obtained (keep it on file and current).
    return a.obtainedWhen && evaluateCondition(a.obtainedWhen, effective)
      ? [{ id: a.id, flags: hits, obtained: true as const }]
      : [{ id: a.id, flags: hits }];
  });
  const conditions = [
    ...checklist.controls
      .filter((c) => declared.has(c.id))
      .map((c) => ({
        control: c.id,
        flags: flags.filter((f) => f.controls.includes(c.id)).map((f) => f.slug),
      })),
    ...(checklist.proceedConditions ?? []).flatMap((c) => {
      const hits = c.flags.filter((f) => raised.has(f));
      return hits.length > 0 ? [{ control: c.id, flags: hits }] : [];
    }),
  ];

  const unknowns: OpenUnknown[] = visible.flatMap(({ q, section }) => {
    if (!q.allowUnknown) return [];
    const value = effective[q.id];
    if (isAnswered(value) && !isUnknownAnswer(value)) return [];
    return [
      { question: q.id, section, key: q.key === true, status: isAnswered(value) ? "unknown" : "unanswered" },
    ];
  });

  const sections = checklist.sections.map((s): SectionPicture => {
    const own = flags.filter((f) => f.section === s.id);
    const counts = Object.fromEntries(
      SEVERITIES.map((sev) => [sev, own.filter((f) => f.residual === sev).length]),
    );
    const shown = visible.filter((v) => v.section === s.id);
    return {
      id: s.id,
      worst: own.reduce<Severity | null>(
        (w, f) => (w === null ? f.residual : maxSeverity(w, f.residual)),
        null,
      ),
      counts: counts as Record<Severity, number>,
      answered: shown.filter((v) => isAnswered(effective[v.q.id])).length,
      visible: shown.length,
    };
  });
  const totalVisible = sections.reduce((n, s) => n + s.visible, 0);
  const totalAnswered = sections.reduce((n, s) => n + s.answered, 0);

  const reporting = reportingAdvice(checklist, flags, level);

  return {
    checklistVersion: checklist.version,
    date: options.date,
    level,
    decision,
    rule: explaining.id,
    reason: { rule: explaining.id, flags: [...explaining.flags] },
    flags,
    rules,
    approvals,
    conditions,
    unknowns,
    sections,
    completeness: totalVisible === 0 ? 0 : Math.floor((totalAnswered * 100) / totalVisible),
    reporting,
  };
}
