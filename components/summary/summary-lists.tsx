"use client";

import { useTranslations } from "next-intl";

import { REPORTING_KEYS, UNKNOWNS_KEYS } from "@/lib/checklist/messages";
import type { Checklist, Question } from "@/lib/checklist/types";
import type { ChecklistText } from "@/lib/i18n/checklist-text";
import { labelled, parenthesised } from "@/lib/i18n/routing";
import type { RiskSummary } from "@/lib/risk/evaluate-risk";

type Props = { summary: RiskSummary; text: ChecklistText };

function flagTitles(text: ChecklistText, slugs: readonly string[]) {
  return text.list(slugs.map((slug) => text.flag(slug).title));
}

export function RuleList({ summary, text }: Props) {
  const t = useTranslations("summary");
  const named = summary.rules.filter((r) => r.id !== "base_severity");
  return (
    <section aria-labelledby="rules-title">
      <h2 id="rules-title">{t("rulesTitle")}</h2>
      {named.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul>
          {named.map((rule) => (
            <li key={rule.id} data-rule={rule.id}>
              <strong>{text.ruleTitle(rule.id)}</strong>
              {labelled(parenthesised(text.level(rule.level), text.locale), text.locale)}
              {flagTitles(text, rule.flags)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ApprovalList({ summary, text }: Props) {
  const t = useTranslations("summary");
  return (
    <section aria-labelledby="approvals-title">
      <h2 id="approvals-title">{t("approvalsTitle")}</h2>
      {summary.approvals.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul>
          {summary.approvals.map((a) => (
            <li key={a.id} data-approval={a.id}>
              {text.approval(a.id)}
              <span className="muted">{parenthesised(flagTitles(text, a.flags), text.locale)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ConditionList({ summary, text }: Props) {
  const t = useTranslations("summary");
  return (
    <section aria-labelledby="conditions-title">
      <h2 id="conditions-title">{t("conditionsTitle")}</h2>
      {summary.conditions.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul>
          {summary.conditions.map((c) => (
            <li key={c.control} data-condition={c.control}>
              {text.control(c.control).condition}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function UnknownList({ summary, text, checklist }: Props & { checklist: Checklist }) {
  const t = useTranslations("summary");
  const questions = new Map<string, Question>(
    checklist.sections.flatMap((s) => s.questions.map((q) => [q.id, q])),
  );
  const unknowns = [...summary.unknowns].sort((a, b) => Number(b.key) - Number(a.key));
  return (
    <section aria-labelledby="unknowns-title">
      <h2 id="unknowns-title">{t("unknownsTitle")}</h2>
      {unknowns.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <p className="muted">
            {text.t(unknowns.some((u) => u.key) ? UNKNOWNS_KEYS.effectKey : UNKNOWNS_KEYS.effectOther)}
          </p>
          <ul>
            {unknowns.map((u) => {
              const q = questions.get(u.question);
              return (
                <li key={u.question} data-unknown={u.question}>
                  {labelled(text.section(u.section), text.locale)}
                  {q ? text.questionLabel(q) : u.question} —{" "}
                  {text.t(u.status === "unknown" ? UNKNOWNS_KEYS.unknown : UNKNOWNS_KEYS.unanswered)}
                  {u.key ? <strong>{parenthesised(t("keyUnknown"), text.locale)}</strong> : null}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

export function ReportingGuidance({ summary, text }: Props) {
  return (
    <section aria-labelledby="reporting-title" className="reporting card" data-reporting="advised">
      <h2 id="reporting-title">{text.t(REPORTING_KEYS.title)}</h2>
      <ul>
        {summary.reporting.reasons.map((reason) => (
          <li key={reason}>{text.t(REPORTING_KEYS.reasons[reason])}</li>
        ))}
      </ul>
      <p>{text.t(REPORTING_KEYS.channels)}</p>
      <p>{text.t(REPORTING_KEYS.regulators)}</p>
      <p>{text.t(REPORTING_KEYS.steps)}</p>
      <p>{text.t(REPORTING_KEYS.disclosure)}</p>
    </section>
  );
}
