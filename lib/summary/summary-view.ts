// The summary view model: everything a reader of a summary sees, derived once from the stored
// assessment, its summary (frozen, or evaluated now for a draft) and the texts of one language.
// The summary page, its print view, the PDF and the examples only draw this; none of them groups,
// orders, joins or words the summary itself. Pure: no React, no storage, no clock.
import type { Assessment } from "@/lib/assessment/assessment";
import type { AuditText } from "@/lib/assessment/audit-text";
import type { SignOffCheck } from "@/lib/assessment/signature";
import { effectiveAnswers, questionsById, visibleQuestions } from "@/lib/checklist/conditions";
import { REPORTING_KEYS, UNKNOWNS_KEYS } from "@/lib/checklist/messages";
import {
  type AnswerValue,
  type Answers,
  type Checklist,
  compareLevel,
  compareSeverity,
  type Decision,
  type Level,
  type RuleId,
  type SectionId,
  SEVERITIES,
  type Severity,
} from "@/lib/checklist/types";
import type { ChecklistText } from "@/lib/i18n/checklist-text";
import type { Translate } from "@/lib/base/locale";
import { formatDateTime } from "@/lib/i18n/profile";
import { htmlLang, labelled, parenthesised } from "@/lib/i18n/routing";
import type { RiskSummary } from "@/lib/risk/evaluate-risk";
import { contradictedControls, evaluateRisk } from "@/lib/risk/evaluate-risk";
import { counterpartyWouldChange, whatWouldChange, whatWouldChangeFrom } from "@/lib/risk/what-would-change";
import type { ScreeningRecord } from "@/lib/screening/record";
import { type ScreeningView, screeningView } from "@/lib/screening/record-view";

import { engagementFacts } from "./engagement-facts";

export interface SummaryViewInput {
  assessment: Assessment;
  checklist: Checklist;
  summary: RiskSummary;
  text: ChecklistText;
  /** UI texts of the `summary` namespace, in the language of `text`. */
  t: Translate;
  audit: AuditText;
  /**
   * The screening record and the texts of the `screening` namespace. A completed assessment's is
   * its frozen `screening`; a draft's lives in its own store (getDraftScreening), so the caller
   * reads it and passes it here.
   */
  screening?: { record: ScreeningRecord; t: Translate };
  /**
   * The sign-offs' signatures, checked (signature.ts checkSignOffs; null while checking), and the
   * reader's trusted reviewers (key fingerprint → name). Without them every sign-off reads as
   * being checked: a sign-off is never shown as a decision before its signature is.
   */
  signatures?: { checks: readonly SignOffCheck[] | null; trusted: ReadonlyMap<string, string> };
  /**
   * A worked example (nobody's assessment): its status fact reads `status` instead of draft or
   * completed, and its project carries `projectNote`, on the page and in the PDF.
   */
  example?: { status: string; projectNote: string };
}

/** How a sign-off's signature reads: trusted key, valid but unknown key, failed or missing,
 *  made before signatures, or not yet checked. */
export type SignOffVerification = "trusted" | "signed" | "unverified" | "unsigned" | "checking";

export const FACT_IDS = [
  "company",
  "client",
  "endClient",
  "project",
  "assessor",
  "date",
  "completedAt",
  "status",
  "checklistVersion",
  "fingerprint",
  "completenessLabel",
] as const;
export type FactId = (typeof FACT_IDS)[number];

export interface Fact {
  id: FactId;
  label: string;
  value: string;
}

export interface SeverityLabel {
  severity: Severity;
  label: string;
}

export interface AnsweredRow {
  question: string;
  /** "Question: " with the language's colon (a question keeps its own mark). */
  label: string;
  answer: string;
  answered: boolean;
}

export interface FlagView {
  /**
   * The flag's id (the checklist's; the risk summary stores it as `slug`), for anchors, keys and
   * tests: never shown to a reader, on the page or in the PDF.
   */
  id: string;
  section: SectionId;
  title: string;
  finding: string;
  why: string;
  action: string;
  basis: string;
  inherent: SeverityLabel;
  /** Present only when declared controls lowered the flag. */
  residual?: SeverityLabel;
  mitigable: string;
  answered: AnsweredRow[];
  /** The declared controls that lowered it, as one list; absent when none. */
  controls?: string;
}

export interface FlagGroup extends SeverityLabel {
  /** "(3)" or "（3）". */
  count: string;
  flags: FlagView[];
}

export interface SectionRow {
  id: SectionId;
  label: string;
  worst?: SeverityLabel;
  /** Flags by residual severity, worst first, with the bar's share of the widest section (0–1). */
  parts: { severity: Severity; count: number; share: number }[];
  total: number;
  answered: string;
}

export interface SummaryView {
  locale: ChecklistText["locale"];
  lang: string;
  project?: string;
  status: Assessment["status"];
  /** A worked example: nobody's assessment, neither a draft nor completed (its PDF says so). */
  isExample?: boolean;
  facts: Fact[];
  verdict: {
    level: Level;
    levelLabel: string;
    decision: Decision;
    decisionLabel: string;
    rule: RuleId;
    reason: string;
  };
  reporting?: { title: string; reasons: string[]; paragraphs: string[] };
  /** A critical result with no sign of espionage: what to do instead of reporting (2026.3 on). */
  insteadOfReporting?: string;
  /**
   * High or critical (2026.3 on; 2026.4: medium too): the smallest sets of answers the company
   * controls that would lower the level, each with the level and decision it would reach; empty
   * when none would. 2026.4 on, when none would: the counterparty's answers that would, each
   * marked `client` (nothing to re-assess: the company cannot choose them).
   */
  whatWouldChange?: {
    answers: { question: string; label: string; answer: string }[];
    changes: Answers;
    level: Level;
    levelLabel: string;
    decisionLabel: string;
    client?: true;
  }[];
  /**
   * 2026.4 on, when the request adds to an agreed scope: the additions, the flags only they raise,
   * and the verdict of the original scope without them.
   */
  scopeAdditions?: {
    additions: string;
    flags: string;
    level: Level;
    levelLabel: string;
    decisionLabel: string;
    changes: Answers;
  };
  /** 2026.4 on: declared controls not counted because an answer contradicts them, each with why. */
  contradictions?: string[];
  flagGroups: FlagGroup[];
  /** The combination rules that fired, except the base rule (which only restates the worst flag). */
  rules: { id: RuleId; title: string; level: string; flags: string }[];
  approvals: { id: string; label: string; flags: string }[];
  conditions: { id: string; text: string }[];
  /** Key questions first; `effect` says what open unknowns do to the verdict. */
  unknowns: {
    effect?: string;
    items: { question: string; section: string; label: string; status: string; key: boolean }[];
  };
  sections: { completeness: string; rows: SectionRow[] };
  /** Every applicable question with its answer, by section (the PDF's appendix). */
  answersBySection: { id: SectionId; label: string; rows: (AnsweredRow & { long: boolean })[] }[];
  audit: { action: string; at: string; who: string; what: string }[];
  /** `decision` and `decisionLabel` name the reviewer's decision only when the signature allows it
   *  (trusted, signed, or made before signatures); otherwise "unverified" / "checking". */
  signOffs: {
    decision: string;
    decisionLabel: string;
    signer: string;
    comment: string;
    verification: SignOffVerification;
    verificationLabel: string;
  }[];
  /** Restricted-party screening (lib/screening/record-view.ts); absent when never screened. */
  screening?: ScreeningView;
}

/** Whether a sign-off may be shown as the decision it records. */
function decides(v: SignOffVerification): boolean {
  return v === "trusted" || v === "signed" || v === "unsigned";
}

const WORST_FIRST = [...SEVERITIES].sort((a, b) => compareSeverity(b, a));

export function buildSummaryView(input: SummaryViewInput): SummaryView {
  const { assessment, checklist, summary, text, t, audit } = input;
  const locale = text.locale;
  const questions = questionsById(checklist);
  const answerOf = (id: string, value: AnswerValue | null | undefined) => {
    const q = questions.get(id);
    return (q && text.answer(q, value)) ?? t("notAnswered");
  };
  const questionLabel = (id: string) => {
    const q = questions.get(id);
    return labelled(q ? text.questionLabel(q) : id, locale);
  };
  const severity = (s: Severity): SeverityLabel => ({ severity: s, label: text.severity(s) });
  const flagTitles = (slugs: readonly string[]) => text.list(slugs.map((slug) => text.flag(slug).title));

  const engagement = engagementFacts(assessment.answers, locale);
  const signOffs = (assessment.signOffs ?? []).map((s, i) => {
    const check = input.signatures?.checks?.[i];
    const key = check?.status === "signed" ? check.key : undefined;
    const verification: SignOffVerification = !check
      ? "checking"
      : check.status === "signed"
        ? input.signatures?.trusted.has(check.key)
          ? "trusted"
          : "signed"
        : check.status;
    return { s, verification, key };
  });
  const signedAt = new Map(signOffs.map((o) => [o.s.at, o]));
  const completedAt = assessment.completedAt ? formatDateTime(assessment.completedAt, locale) : undefined;
  const factValues: { [K in FactId]?: string } = {
    ...engagement,
    date: summary.date,
    completedAt,
    status: input.example
      ? input.example.status
      : assessment.status === "completed"
        ? t("statusCompleted")
        : t("statusDraft"),
    checklistVersion: assessment.checklistVersion,
    fingerprint: assessment.fingerprint,
    completenessLabel: `${summary.completeness}%`,
  };
  const optionalFacts = new Set<FactId>(["completedAt", "fingerprint"]);
  const facts = FACT_IDS.flatMap((id): Fact[] => {
    const value = factValues[id];
    if (!value && optionalFacts.has(id)) return [];
    return [{ id, label: t(id), value: value || t("notAnswered") }];
  });

  const flagGroups = WORST_FIRST.map((s) => ({ s, flags: summary.flags.filter((f) => f.residual === s) }))
    .filter((g) => g.flags.length > 0)
    .map(({ s, flags }): FlagGroup => ({
      ...severity(s),
      count: parenthesised(String(flags.length), locale),
      flags: flags.map((flag): FlagView => {
        const copy = text.flag(flag.slug);
        return {
          id: flag.slug,
          section: flag.section,
          ...copy,
          basis: text.basis(flag.basis) ?? t("none"),
          inherent: severity(flag.inherent),
          ...(flag.residual !== flag.inherent ? { residual: severity(flag.residual) } : {}),
          mitigable: flag.mitigable ? t("mitigable") : t("notMitigable"),
          answered: flag.triggers.map((trigger) => ({
            question: trigger.question,
            label: questionLabel(trigger.question),
            answer: answerOf(trigger.question, trigger.answer),
            answered: trigger.answer !== null,
          })),
          ...(flag.controls.length > 0
            ? { controls: text.list(flag.controls.map((c) => text.control(c).label)) }
            : {}),
        };
      }),
    }));

  const changes = changesView(input);
  const instead = insteadOfReporting(checklist, summary, text);
  const additions = scopeAdditionsView(input, answerOf);
  const effective = effectiveAnswers(checklist, assessment.answers);
  const declared = new Set(
    checklist.sections.flatMap((s) =>
      s.questions.flatMap((q) => {
        const value = effective[q.id];
        return q.kind === "multiChoice" && q.controls && Array.isArray(value) ? value : [];
      }),
    ),
  );
  const contradicted = contradictedControls(checklist, effective)
    .filter((control) => declared.has(control))
    .map((control) => t("contradicted", { control: text.control(control).label }));
  const unknowns = [...summary.unknowns].sort((a, b) => Number(b.key) - Number(a.key));
  const flagSections = summary.sections.filter((s) => s.id !== "basics");
  const totalOf = (s: (typeof flagSections)[number]) => SEVERITIES.reduce((n, sev) => n + s.counts[sev], 0);
  const most = Math.max(1, ...flagSections.map(totalOf));
  const shown = new Set(visibleQuestions(checklist, assessment.answers).map((q) => q.id));

  return {
    locale,
    lang: htmlLang(locale),
    ...(engagement.project
      ? {
          project: input.example
            ? engagement.project + parenthesised(input.example.projectNote, locale)
            : engagement.project,
        }
      : {}),
    status: assessment.status,
    ...(input.example ? { isExample: true } : {}),
    facts,
    verdict: {
      level: summary.level,
      levelLabel: text.level(summary.level),
      decision: summary.decision,
      decisionLabel: text.decision(summary.decision),
      rule: summary.rule,
      reason: text.ruleReason(summary.reason.rule, summary.reason.flags),
    },
    ...(summary.reporting.advised
      ? {
          reporting: {
            title: text.t(REPORTING_KEYS.title),
            reasons: summary.reporting.reasons.map((r) => text.t(REPORTING_KEYS.reasons[r])),
            paragraphs: [
              REPORTING_KEYS.channels,
              REPORTING_KEYS.regulators,
              REPORTING_KEYS.steps,
              REPORTING_KEYS.disclosure,
            ].map((key) => text.t(key)),
          },
        }
      : {}),
    ...(instead ? { insteadOfReporting: instead } : {}),
    ...(changes
      ? {
          whatWouldChange: changes.map((c) => ({
            answers: Object.entries(c.answers).map(([question, value]) => ({
              question,
              label: questionLabel(question),
              answer: answerOf(question, value),
            })),
            changes: c.answers,
            level: c.level,
            levelLabel: text.level(c.level),
            decisionLabel: text.decision(c.decision),
            ...(c.client ? { client: true as const } : {}),
          })),
        }
      : {}),
    ...(additions ? { scopeAdditions: additions } : {}),
    ...(contradicted.length > 0 ? { contradictions: contradicted } : {}),
    flagGroups,
    rules: summary.rules
      .filter((r) => r.id !== "base_severity")
      .map((r) => ({
        id: r.id,
        title: text.ruleTitle(r.id),
        level: labelled(parenthesised(text.level(r.level), locale), locale),
        flags: flagTitles(r.flags),
      })),
    approvals: summary.approvals.map((a) => ({
      id: a.id,
      label: a.obtained ? t("approvalObtained", { approval: text.approval(a.id) }) : text.approval(a.id),
      flags: parenthesised(flagTitles(a.flags), locale),
    })),
    conditions: summary.conditions.map((c) => ({ id: c.control, text: text.control(c.control).condition })),
    unknowns: {
      ...(unknowns.length > 0
        ? {
            effect: text.t(unknowns.some((u) => u.key) ? UNKNOWNS_KEYS.effectKey : UNKNOWNS_KEYS.effectOther),
          }
        : {}),
      items: unknowns.map((u) => {
        const q = questions.get(u.question);
        return {
          question: u.question,
          section: labelled(text.section(u.section), locale),
          label: q ? text.questionLabel(q) : u.question,
          status: text.t(u.status === "unknown" ? UNKNOWNS_KEYS.unknown : UNKNOWNS_KEYS.unanswered),
          key: u.key,
        };
      }),
    },
    sections: {
      completeness: t("completeness", { percent: summary.completeness }),
      rows: flagSections.map((s) => ({
        id: s.id,
        label: text.section(s.id),
        ...(s.worst ? { worst: severity(s.worst) } : {}),
        parts: WORST_FIRST.filter((sev) => s.counts[sev] > 0).map((sev) => ({
          severity: sev,
          count: s.counts[sev],
          share: s.counts[sev] / most,
        })),
        total: totalOf(s),
        answered: `${s.answered}/${s.visible}`,
      })),
    },
    answersBySection: checklist.sections.map((section) => ({
      id: section.id,
      label: text.section(section.id),
      rows: section.questions
        .filter((q) => shown.has(q.id))
        .map((q) => ({
          question: q.id,
          label: text.questionLabel(q),
          answer: answerOf(q.id, assessment.answers[q.id]),
          answered: assessment.answers[q.id] !== undefined,
          long: q.kind === "longText",
        })),
    })),
    audit: (assessment.audit ?? []).map((e) => {
      // A sign-off's audit entry names the decision its sign-off records, and only as far as that
      // sign-off's signature allows; an entry with no sign-off beside it names none.
      const signOff = e.action === "signed_off" ? signedAt.get(e.at) : undefined;
      const what =
        e.action !== "signed_off"
          ? audit.event(e)
          : !signOff || !decides(signOff.verification)
            ? audit.signedOffAs(signOff?.verification ?? "unverified")
            : audit.event({ ...e, detail: signOff.s.decision });
      return { action: e.action, at: audit.at(e.at), who: audit.who(e), what };
    }),
    signOffs: signOffs.map(({ s, verification, key }) => ({
      decision: decides(verification) ? s.decision : verification,
      decisionLabel: decides(verification)
        ? audit.decision(s.decision)
        : audit.verificationShort(verification),
      signer: audit.signer(s),
      comment: s.comment,
      verification,
      verificationLabel: audit.verification(
        verification,
        key,
        key ? input.signatures?.trusted.get(key) : undefined,
      ),
    })),
    ...(input.screening
      ? { screening: screeningView(input.screening.record, input.screening.t, locale) }
      : {}),
  };
}

/** What would change the verdict: the company's own answers, or (2026.4 on) the counterparty's. */
function changesView({ checklist, assessment, summary }: SummaryViewInput) {
  if (!checklist.companyControlled || compareLevel(summary.level, whatWouldChangeFrom(checklist)) < 0)
    return undefined;
  const ours = whatWouldChange(checklist, assessment.answers, summary);
  if (ours.length > 0 || !checklist.counterpartyAnswers) return ours.map((c) => ({ ...c, client: false }));
  return counterpartyWouldChange(checklist, assessment.answers, summary).map((c) => ({
    ...c,
    client: true,
  }));
}

/**
 * What to do instead of reporting: 2026.4 by cause (a listed party: respect the listing; missing
 * permits: obtain them or walk away) on a high or critical result; 2026.3 one text on a critical one.
 */
function insteadOfReporting(
  checklist: Checklist,
  summary: RiskSummary,
  text: ChecklistText,
): string | undefined {
  if (summary.reporting.advised) return undefined;
  if (checklist.insteadOfReporting) {
    if (compareLevel(summary.level, "high") < 0) return undefined;
    const serious = new Set(
      summary.flags.filter((f) => compareSeverity(f.residual, "high") >= 0).map((f) => f.slug),
    );
    const causes = checklist.insteadOfReporting.filter((i) => i.flags.some((f) => serious.has(f)));
    if (causes.length > 0)
      return causes
        .map((i) => text.lookup(REPORTING_KEYS.insteadOf(i.id)))
        .filter(Boolean)
        .join(" ");
  }
  return summary.level === "critical" ? text.lookup(REPORTING_KEYS.instead) : undefined;
}

/** 2026.4 on: the original scope, without the additions a change request asks for. */
function scopeAdditionsView(
  { checklist, assessment, summary, text }: SummaryViewInput,
  answerOf: (id: string, value: AnswerValue | null | undefined) => string,
): SummaryView["scopeAdditions"] {
  const question = checklist.scopeAdditions;
  if (!question) return undefined;
  const value = effectiveAnswers(checklist, assessment.answers)[question];
  if (!Array.isArray(value) || value.length === 0 || value.includes("none") || value.includes("unknown"))
    return undefined;
  const changes: Answers = { [question]: ["none"] };
  const original = evaluateRisk(checklist, { ...assessment.answers, ...changes }, { date: summary.date });
  const before = new Set(original.flags.map((f) => f.slug));
  const added = summary.flags.filter((f) => !before.has(f.slug)).map((f) => f.slug);
  return {
    additions: answerOf(question, value),
    flags: text.list(added.map((slug) => text.flag(slug).title)),
    level: original.level,
    levelLabel: text.level(original.level),
    decisionLabel: text.decision(original.decision),
    changes,
  };
}
