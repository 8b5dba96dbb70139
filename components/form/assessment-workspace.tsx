"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";

import { RouteLoading } from "@/components/ui/route-parts";
import { loadFormChecklistText } from "@/lib/i18n/load-checklist-text";

import { AssessmentForm } from "./assessment-form";
import { LoadProblem } from "./load-problem";
import { NewAssessment } from "./new-assessment";
import { useAssessment } from "./use-assessment";

// A completed assessment's read-only answers load only for one (a draft opens in the form).
const ReviewAnswers = dynamic(() => import("./review-answers").then((m) => m.ReviewAnswers), {
  ssr: false,
  loading: () => <RouteLoading />,
});

/** The assessment screen, loaded on demand: a draft opens in the form, a completed one read-only. */
export default function AssessmentWorkspace({ id }: { id: string }) {
  const t = useTranslations("assess");
  // The form's texts only: the summary's (flags' advice, rules, approvals) are not drawn here.
  const state = useAssessment(id, loadFormChecklistText);
  if (state.status !== "ready") return <LoadProblem state={state} title={t("title")} />;
  const { assessment, checklist, text } = state;
  if (assessment.status === "completed") {
    return <ReviewAnswers assessment={assessment} checklist={checklist} text={text} />;
  }
  return <AssessmentForm initial={assessment} checklist={checklist} text={text} />;
}

/** /assess/new/ creates its draft from this module, so both pages share its download (assess-route.tsx). */
export { NewAssessment };
