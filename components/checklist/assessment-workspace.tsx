"use client";

import { useTranslations } from "next-intl";

import { AssessmentForm } from "./assessment-form";
import { LoadProblem } from "./load-problem";
import { ReviewAnswers } from "./review-answers";
import { useAssessment } from "./use-assessment";

/** The assessment screen, loaded on demand: a draft opens in the form, a completed one read-only. */
export default function AssessmentWorkspace({ id }: { id: string }) {
  const t = useTranslations("assess");
  const state = useAssessment(id);
  if (state.status !== "ready") return <LoadProblem state={state} title={t("title")} />;
  const { assessment, checklist, text } = state;
  if (assessment.status === "completed") {
    return <ReviewAnswers assessment={assessment} checklist={checklist} text={text} />;
  }
  return <AssessmentForm initial={assessment} checklist={checklist} text={text} />;
}
