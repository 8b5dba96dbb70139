"use client";

import { useTranslations } from "next-intl";

import { visibleQuestions } from "@/lib/checklist/schema";
import type { Answers, Checklist, SectionId } from "@/lib/checklist/types";
import type { FormChecklistText } from "@/lib/i18n/checklist-text";

type Props = {
  checklist: Checklist;
  answers: Answers;
  text: FormChecklistText;
  /** Shown as "Edit" buttons per section and per answer when given (drafts only). */
  onEdit?: (section: SectionId, question?: string) => void;
};

/** Every applicable answer, grouped by section. */
export function AnswerList({ checklist, answers, text, onEdit }: Props) {
  const t = useTranslations("assess");
  const shown = new Set(visibleQuestions(checklist, answers).map((q) => q.id));
  return (
    <div className="answer-list">
      {checklist.sections.map((section) => (
        <section key={section.id} aria-labelledby={`review-${section.id}`} className="answer-list__section">
          <div className="answer-list__head">
            <h2 id={`review-${section.id}`}>{text.section(section.id)}</h2>
            {onEdit ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => onEdit(section.id)}
                aria-label={`${t("edit")}: ${text.section(section.id)}`}
              >
                {t("edit")}
              </button>
            ) : null}
          </div>
          <dl>
            {section.questions
              .filter((q) => shown.has(q.id))
              .map((q) => (
                <div key={q.id} className="answer-list__row" data-answer={q.id}>
                  <dt>{text.questionLabel(q)}</dt>
                  <dd className={answers[q.id] === undefined ? "muted" : undefined}>
                    {text.answer(q, answers[q.id]) ?? t("notAnswered")}
                    {onEdit ? (
                      <>
                        {" "}
                        <button
                          type="button"
                          className="link-button no-print"
                          onClick={() => onEdit(section.id, q.id)}
                          aria-label={`${t("edit")}: ${text.questionLabel(q)}`}
                        >
                          {t("edit")}
                        </button>
                      </>
                    ) : null}
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
