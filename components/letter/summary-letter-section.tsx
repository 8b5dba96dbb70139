"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";

import type { Assessment } from "@/lib/assessment/assessment";
import type { Checklist } from "@/lib/checklist/types";
import type { ChecklistText } from "@/lib/i18n/checklist-text";
import { Link } from "@/lib/i18n/navigation";
import { labelled } from "@/lib/i18n/routing";
import { openClientQuestions } from "@/lib/letter/client-questions";

import { ClientAnswerMark } from "./client-answer-mark";
import { useClientAnswerItems } from "./use-client-answers";

type Props = { assessment: Assessment; checklist: Checklist; text: ChecklistText };

/**
 * On the summary: the answers that came from the client's letters, each marked with its letter's
 * date, and the way to the letter for the questions still open.
 */
export function SummaryLetterSection({ assessment, checklist, text }: Props) {
  const t = useTranslations("letter");
  const items = useClientAnswerItems(assessment, checklist, text).filter((i) => i.kind === "client_letter");
  const open = useMemo(
    () => openClientQuestions(checklist, assessment.answers).length,
    [checklist, assessment.answers],
  );
  return (
    <>
      {items.length > 0 ? (
        <section
          aria-labelledby="client-answers-title"
          className="client-answers"
          data-testid="client-answers"
        >
          <h2 id="client-answers-title">{t("fromClientTitle")}</h2>
          <p>{t("fromClientLead")}</p>
          <dl>
            {items.map((item) => (
              <div key={item.question} data-question={item.question}>
                <dt>{item.label}</dt>
                <dd>
                  {labelled(t("answerLabel"), text.locale)}
                  {item.answer}
                  <ClientAnswerMark note={item.note} date={item.date} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      <section aria-labelledby="letter-entry-title" className="no-print letter-entry">
        <h2 id="letter-entry-title">{t("entryTitle")}</h2>
        <p data-open-client-questions={open}>{t("entryCount", { count: open })}</p>
        {open > 0 ? (
          <p>
            <Link className="button button--secondary" href={`/letter/?id=${assessment.id}`}>
              {t("entryLink")}
            </Link>
          </p>
        ) : null}
      </section>
    </>
  );
}
