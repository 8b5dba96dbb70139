"use client";

import { useTranslations } from "next-intl";

import { PROFILES } from "@/lib/i18n/profile";
import { parenthesised } from "@/lib/i18n/routing";
import type { SummaryView } from "@/lib/summary/summary-view";

type Props = { view: SummaryView };

export function RuleList({ view }: Props) {
  const t = useTranslations("summary");
  return (
    <section aria-labelledby="rules-title">
      <h2 id="rules-title">{t("rulesTitle")}</h2>
      {view.rules.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul>
          {view.rules.map((rule) => (
            <li key={rule.id} data-rule={rule.id}>
              <strong>{rule.title}</strong>
              {rule.level}
              {rule.flags}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ApprovalList({ view }: Props) {
  const t = useTranslations("summary");
  return (
    <section aria-labelledby="approvals-title">
      <h2 id="approvals-title">{t("approvalsTitle")}</h2>
      {view.approvals.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul>
          {view.approvals.map((a) => (
            <li key={a.id} data-approval={a.id}>
              {a.label}
              <span className="muted">{a.flags}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ConditionList({ view }: Props) {
  const t = useTranslations("summary");
  return (
    <section aria-labelledby="conditions-title">
      <h2 id="conditions-title">{t("conditionsTitle")}</h2>
      {view.conditions.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul>
          {view.conditions.map((c) => (
            <li key={c.id} data-condition={c.id}>
              {c.text}
            </li>
          ))}
        </ul>
      )}
      {view.contradictions?.map((text) => (
        <p key={text} className="muted" data-contradiction>
          {text}
        </p>
      ))}
    </section>
  );
}

export function UnknownList({ view }: Props) {
  const t = useTranslations("summary");
  const { effect, items } = view.unknowns;
  return (
    <section aria-labelledby="unknowns-title">
      <h2 id="unknowns-title">{t("unknownsTitle")}</h2>
      {items.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <p className="muted">{effect}</p>
          <ul>
            {items.map((u) => (
              <li key={u.question} data-unknown={u.question}>
                {u.section}
                {u.label}
                {PROFILES[view.locale].dash}
                {u.status}
                {u.key ? <strong>{parenthesised(t("keyUnknown"), view.locale)}</strong> : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function ReportingGuidance({ reporting }: { reporting: NonNullable<SummaryView["reporting"]> }) {
  return (
    <section aria-labelledby="reporting-title" className="reporting card" data-reporting="advised">
      <h2 id="reporting-title">{reporting.title}</h2>
      <ul>
        {reporting.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {reporting.paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
    </section>
  );
}
