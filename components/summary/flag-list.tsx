"use client";

import { useTranslations } from "next-intl";

import { labelled } from "@/lib/i18n/routing";
import type { FlagView, SummaryView } from "@/lib/summary/summary-view";

import { SeverityBadge } from "./level-badge";

/** Raised flags grouped by residual severity, worst first, each explained. */
export function FlagList({ view }: { view: SummaryView }) {
  const t = useTranslations("summary");
  if (view.flagGroups.length === 0) return <p>{t("noFlags")}</p>;
  return (
    <div className="flag-groups">
      {view.flagGroups.map((group) => (
        <section key={group.severity} aria-labelledby={`sev-${group.severity}`} className="flag-group">
          <h3 id={`sev-${group.severity}`}>
            <SeverityBadge severity={group.severity} label={group.label} />
            {group.count}
          </h3>
          {group.flags.map((flag) => (
            <FlagCard key={flag.id} flag={flag} locale={view.locale} />
          ))}
        </section>
      ))}
    </div>
  );
}

function FlagCard({ flag, locale }: { flag: FlagView; locale: string }) {
  const t = useTranslations("summary");
  const residual = flag.residual ?? flag.inherent;
  return (
    <article
      className={`flag card flag--${residual.severity}`}
      data-flag={flag.id}
      aria-labelledby={`flag-${flag.id}`}
    >
      <h4 id={`flag-${flag.id}`}>{flag.title}</h4>
      <p className="flag__meta">
        {labelled(t("inherent"), locale)}
        <SeverityBadge severity={flag.inherent.severity} label={flag.inherent.label} />
        {flag.residual ? (
          <>
            {" → "}
            {labelled(t("residual"), locale)}
            <SeverityBadge severity={flag.residual.severity} label={flag.residual.label} />
          </>
        ) : null}{" "}
        · {flag.mitigable}
      </p>
      <p>{flag.finding}</p>
      <dl className="flag__details">
        <dt>{t("answered")}</dt>
        <dd>
          <ul>
            {flag.answered.map((row) => (
              <li key={row.question}>
                {row.label}
                <strong>{row.answer}</strong>
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t("why")}</dt>
        <dd>{flag.why}</dd>
        <dt>{t("basis")}</dt>
        <dd>{flag.basis}</dd>
        <dt>{t("action")}</dt>
        <dd>{flag.action}</dd>
        {flag.controls ? (
          <>
            <dt>{t("controls")}</dt>
            <dd>{flag.controls}</dd>
          </>
        ) : null}
      </dl>
    </article>
  );
}
