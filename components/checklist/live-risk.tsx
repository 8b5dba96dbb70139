"use client";

import { useTranslations } from "next-intl";

import { SEVERITIES } from "@/lib/checklist/types";
import type { ChecklistText } from "@/lib/i18n/checklist-text";
import type { RiskSummary } from "@/lib/risk/evaluate-risk";

import { LevelBadge, SeverityBadge } from "../summary/level-badge";

/** The current level and the raised flags by severity, recomputed on every answer. */
export function LiveRisk({ summary, text }: { summary: RiskSummary; text: ChecklistText }) {
  const t = useTranslations("assess.live");
  const counts = SEVERITIES.map((s) => ({
    s,
    n: summary.flags.filter((f) => f.residual === s).length,
  })).filter((c) => c.n > 0);
  return (
    <section className="live-risk card" aria-labelledby="live-risk-title" data-live-level={summary.level}>
      <h2 id="live-risk-title">{t("title")}</h2>
      <p aria-live="polite">
        <LevelBadge level={summary.level} label={text.level(summary.level)} />{" "}
        {text.decision(summary.decision)}
      </p>
      <p>{t("flags", { count: summary.flags.length })}</p>
      {counts.length > 0 ? (
        <ul className="live-risk__counts">
          {counts.map(({ s, n }) => (
            <li key={s}>
              <SeverityBadge severity={s} label={text.severity(s)} /> × {n}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
