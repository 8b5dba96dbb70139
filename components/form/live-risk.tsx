"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";

import { questionsById } from "@/lib/checklist/conditions";
import { type Answers, type Checklist, SEVERITIES } from "@/lib/checklist/types";
import type { FormChecklistText } from "@/lib/i18n/checklist-text";
import type { RiskSummary } from "@/lib/risk/evaluate-risk";
import type { Readiness } from "@/lib/risk/readiness";
import { sectionsThatCanLower } from "@/lib/risk/can-lower";

import { LevelBadge, SeverityBadge } from "../summary/level-badge";

type Props = {
  summary: RiskSummary;
  readiness: Readiness;
  checklist: Checklist;
  text: FormChecklistText;
  answers: Answers;
};

/** At most this many missing questions are named; the rest are counted. */
const NAMED = 5;

/**
 * The current level and the raised flags by severity, recomputed on every answer, with the
 * sections still to answer that could lower it; until the engagement basics and the key questions
 * are answered, what is still needed instead of a level.
 */
export function LiveRisk({ summary, readiness, checklist, text, answers }: Props) {
  const t = useTranslations("assess.live");
  const canLower = useMemo(
    () => (readiness.ready ? sectionsThatCanLower(checklist, answers, summary) : []),
    [readiness.ready, checklist, answers, summary],
  );
  if (!readiness.ready) {
    const questions = questionsById(checklist);
    const named = readiness.missing.slice(0, NAMED);
    return (
      <section className="live-risk card" aria-labelledby="live-risk-title" data-live-level="not_assessed">
        <h2 id="live-risk-title">{t("title")}</h2>
        <p aria-live="polite">
          <strong>{t("notAssessed")}</strong>
        </p>
        <p>{t("stillNeeded", { count: readiness.missing.length })}</p>
        <ul className="live-risk__missing">
          {named.map((m) => {
            const q = questions.get(m.question);
            return <li key={m.question}>{q ? text.questionLabel(q) : m.question}</li>;
          })}
          {readiness.missing.length > NAMED ? (
            <li>{t("andMore", { count: readiness.missing.length - NAMED })}</li>
          ) : null}
        </ul>
      </section>
    );
  }
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
      {canLower.length > 0 ? (
        <p className="live-risk__can-lower" data-testid="can-lower">
          {t("canLower", { sections: text.list(canLower.map((id) => text.section(id))) })}
        </p>
      ) : null}
    </section>
  );
}
