"use client";

import { useFormatter, useTranslations } from "next-intl";

import type { Assessment } from "@/lib/assessment/assessment";
import type { Checklist, Question } from "@/lib/checklist/types";
import type { ChecklistText } from "@/lib/i18n/checklist-text";
import type { RiskSummary } from "@/lib/risk/evaluate-risk";

import { FingerprintView } from "./fingerprint-view";

type Props = { assessment: Assessment; checklist: Checklist; text: ChecklistText; summary: RiskSummary };

const FACTS = [
  ["company", ["your_company"]],
  ["counterparty", ["client_name", "client_country"]],
  ["endClient", ["end_client_declared"]],
  ["project", ["project_name"]],
  ["assessor", ["assessor_name", "assessor_role"]],
] as const;

/** Who assessed which commission, when, against which checklist version. */
export function EngagementFacts({ assessment, checklist, text, summary }: Props) {
  const t = useTranslations("summary");
  const format = useFormatter();
  const questions = new Map<string, Question>(
    checklist.sections.flatMap((s) => s.questions.map((q) => [q.id, q])),
  );
  const show = (ids: readonly string[]) =>
    ids
      .map((id) => {
        const q = questions.get(id);
        return q ? text.answer(q, assessment.answers[id]) : undefined;
      })
      .filter(Boolean)
      .join(", ") || t("notAnswered");
  return (
    <section aria-labelledby="facts-title" className="facts">
      <h2 id="facts-title">{t("basicsTitle")}</h2>
      <dl className="facts__list">
        {FACTS.map(([label, ids]) => (
          <div key={label}>
            <dt>{t(label)}</dt>
            <dd>{show(ids)}</dd>
          </div>
        ))}
        <div>
          <dt>{t("date")}</dt>
          <dd>{summary.date}</dd>
        </div>
        {assessment.completedAt ? (
          <div>
            <dt>{t("completedAt")}</dt>
            <dd>
              {format.dateTime(new Date(assessment.completedAt), { dateStyle: "long", timeStyle: "short" })}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("status")}</dt>
          <dd>{assessment.status === "completed" ? t("statusCompleted") : t("statusDraft")}</dd>
        </div>
        <div>
          <dt>{t("checklistVersion")}</dt>
          <dd data-checklist-version={assessment.checklistVersion}>{assessment.checklistVersion}</dd>
        </div>
        {assessment.fingerprint ? (
          <div>
            <dt>{t("fingerprint")}</dt>
            <dd>
              <FingerprintView value={assessment.fingerprint} />
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("completenessLabel")}</dt>
          <dd>{summary.completeness}%</dd>
        </div>
      </dl>
    </section>
  );
}
