"use client";

import { useTranslations } from "next-intl";

import { type Checklist, compareSeverity, type Question, SEVERITIES } from "@/lib/checklist/types";
import type { ChecklistText } from "@/lib/i18n/checklist-text";
import { labelled, parenthesised } from "@/lib/i18n/routing";
import type { RaisedFlag, RiskSummary } from "@/lib/risk/evaluate-risk";

import { SeverityBadge } from "./level-badge";

type Props = { checklist: Checklist; summary: RiskSummary; text: ChecklistText };

/** Raised flags grouped by residual severity, worst first, each explained. */
export function FlagList({ checklist, summary, text }: Props) {
  const t = useTranslations("summary");
  const questions = new Map<string, Question>(
    checklist.sections.flatMap((s) => s.questions.map((q) => [q.id, q])),
  );
  if (summary.flags.length === 0) return <p>{t("noFlags")}</p>;
  const groups = [...SEVERITIES]
    .sort((a, b) => compareSeverity(b, a))
    .map((severity) => ({ severity, flags: summary.flags.filter((f) => f.residual === severity) }))
    .filter((g) => g.flags.length > 0);
  return (
    <div className="flag-groups">
      {groups.map((group) => (
        <section key={group.severity} aria-labelledby={`sev-${group.severity}`} className="flag-group">
          <h3 id={`sev-${group.severity}`}>
            <SeverityBadge severity={group.severity} label={text.severity(group.severity)} />
            {parenthesised(String(group.flags.length), text.locale)}
          </h3>
          {group.flags.map((flag) => (
            <FlagCard key={flag.slug} flag={flag} questions={questions} text={text} />
          ))}
        </section>
      ))}
    </div>
  );
}

function FlagCard({
  flag,
  questions,
  text,
}: {
  flag: RaisedFlag;
  questions: Map<string, Question>;
  text: ChecklistText;
}) {
  const t = useTranslations("summary");
  const copy = text.flag(flag.slug);
  return (
    <article
      className={`flag card flag--${flag.residual}`}
      data-flag={flag.slug}
      aria-labelledby={`flag-${flag.slug}`}
    >
      <h4 id={`flag-${flag.slug}`}>{copy.title}</h4>
      <p className="flag__meta">
        {labelled(t("inherent"), text.locale)}
        <SeverityBadge severity={flag.inherent} label={text.severity(flag.inherent)} />
        {flag.residual !== flag.inherent ? (
          <>
            {" → "}
            {labelled(t("residual"), text.locale)}
            <SeverityBadge severity={flag.residual} label={text.severity(flag.residual)} />
          </>
        ) : null}{" "}
        · {flag.mitigable ? t("mitigable") : t("notMitigable")}
      </p>
      <p>{copy.finding}</p>
      <dl className="flag__details">
        <dt>{t("answered")}</dt>
        <dd>
          <ul>
            {flag.triggers.map((trigger) => {
              const q = questions.get(trigger.question);
              return (
                <li key={trigger.question}>
                  {labelled(q ? text.questionLabel(q) : trigger.question, text.locale)}
                  <strong>{(q && text.answer(q, trigger.answer)) ?? t("notAnswered")}</strong>
                </li>
              );
            })}
          </ul>
        </dd>
        <dt>{t("why")}</dt>
        <dd>{copy.why}</dd>
        <dt>{t("basis")}</dt>
        <dd>{text.basis(flag.basis) ?? t("none")}</dd>
        <dt>{t("action")}</dt>
        <dd>{copy.action}</dd>
        {flag.controls.length > 0 ? (
          <>
            <dt>{t("controls")}</dt>
            <dd>{text.list(flag.controls.map((c) => text.control(c).label))}</dd>
          </>
        ) : null}
      </dl>
    </article>
  );
}
