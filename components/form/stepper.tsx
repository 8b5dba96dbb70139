"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

import type { Checklist, SectionId } from "@/lib/checklist/types";
import type { FormChecklistText } from "@/lib/i18n/checklist-text";
import type { RiskSummary } from "@/lib/risk/evaluate-risk";

export type Step = SectionId | "review";

type Props = {
  checklist: Checklist;
  summary: RiskSummary;
  step: Step;
  text: FormChecklistText;
  onSelect: (step: Step) => void;
};

/** Section names with progress; any section can be opened directly. */
export function Stepper({ checklist, summary, step, text, onSelect }: Props) {
  const t = useTranslations("assess");
  const list = useRef<HTMLOListElement>(null);
  // Where the steps are a scrolling row (narrow screens), bring the current one into view,
  // sideways only: the page itself stays where the step change put it.
  useEffect(() => {
    const row = list.current;
    const current = row?.querySelector<HTMLElement>('[aria-current="step"]');
    if (!row || !current || row.scrollWidth <= row.clientWidth) return;
    row.scrollLeft = current.offsetLeft - (row.clientWidth - current.offsetWidth) / 2;
  }, [step]);
  return (
    <nav className="stepper" aria-label={t("stepsLabel")}>
      <p className="stepper__overall">
        <progress max={100} value={summary.completeness} aria-hidden="true" />{" "}
        {t("overall", { percent: summary.completeness })}
      </p>
      <ol ref={list}>
        {checklist.sections.map((section, index) => {
          const picture = summary.sections.find((s) => s.id === section.id);
          const answered = picture?.answered ?? 0;
          const visible = picture?.visible ?? 0;
          const done = visible > 0 && answered === visible;
          return (
            <li key={section.id} className={done ? "stepper__item stepper__item--done" : "stepper__item"}>
              <button
                type="button"
                aria-current={step === section.id ? "step" : undefined}
                onClick={() => onSelect(section.id)}
                data-step={section.id}
              >
                <span className="stepper__name">
                  {index + 1}. {text.section(section.id)}
                </span>
                <span className="stepper__count">
                  {visible === 0
                    ? t("sectionNothingToAsk")
                    : t("sectionProgress", { answered, total: visible })}
                </span>
                {picture?.worst ? (
                  <span
                    className={`stepper__dot badge--sev-${picture.worst}`}
                    title={text.severity(picture.worst)}
                  >
                    <span className="visually-hidden">{text.severity(picture.worst)}</span>
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
        <li className="stepper__item">
          <button
            type="button"
            aria-current={step === "review" ? "step" : undefined}
            onClick={() => onSelect("review")}
            data-step="review"
          >
            <span className="stepper__name">{t("review")}</span>
          </button>
        </li>
      </ol>
    </nav>
  );
}
