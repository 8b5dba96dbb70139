"use client";

import { useTranslations } from "next-intl";

import { useDates } from "@/components/ui/use-dates";
import type { Assessment } from "@/lib/assessment/assessment";
import type { Checklist } from "@/lib/checklist/types";
import type { FormChecklistText } from "@/lib/i18n/checklist-text";
import { Link } from "@/lib/i18n/navigation";

import { AnswerList } from "./answer-list";

/** A completed assessment's answers, read-only: it is frozen and never re-scored. */
export function ReviewAnswers({
  assessment,
  checklist,
  text,
}: {
  assessment: Assessment;
  checklist: Checklist;
  text: FormChecklistText;
}) {
  const t = useTranslations("assess");
  const dates = useDates();
  const completed = assessment.completedAt ? dates.day(assessment.completedAt) : "";
  return (
    <>
      <h1>{t("reviewTitle")}</h1>
      <p className="notice" role="status" data-read-only="true">
        {t("readOnly", { date: completed })}
      </p>
      <p>
        <Link className="button" href={`/summary/?id=${assessment.id}`}>
          {t("openSummary")}
        </Link>
      </p>
      <AnswerList checklist={checklist} answers={assessment.answers} text={text} />
    </>
  );
}
