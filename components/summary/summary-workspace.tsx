"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";

import type { Assessment } from "@/lib/assessment/assessment";

import { localDate } from "@/lib/assessment/dates";
import { evaluateRisk } from "@/lib/risk/evaluate-risk";

import { LoadProblem } from "../checklist/load-problem";
import { useAssessment } from "../checklist/use-assessment";

import { IntegrityBanner, IntegrityChecking, useIntegrity } from "./integrity-banner";
import { ReviewPanel } from "./review-panel";
import { RiskSummaryView } from "./risk-summary";

/**
 * The summary of one assessment: a completed one shows the summary frozen at completion (never
 * recomputed); a draft shows the live evaluation of its current answers, marked as a draft.
 */
export default function SummaryWorkspace({ id }: { id: string }) {
  const t = useTranslations("summary");
  const state = useAssessment(id);
  // Sign-offs and dates change the stored record after load; the summary's answers never change.
  const [changed, setChanged] = useState<Assessment | null>(null);
  const live = useMemo(() => {
    if (state.status !== "ready" || state.assessment.summary) return null;
    return evaluateRisk(state.checklist, state.assessment.answers, { date: localDate() });
  }, [state]);
  // A stored verdict is shown only if it is what its answers give (and its seals match).
  const integrity = useIntegrity(state.status === "ready" ? (changed ?? state.assessment) : null);
  if (state.status !== "ready") return <LoadProblem state={state} title={t("title")} />;
  if (integrity.status === "checking") return <IntegrityChecking />;
  if (integrity.problem) return <IntegrityBanner id={state.assessment.id} problem={integrity.problem} />;
  const assessment = changed ?? state.assessment;
  const summary = assessment.summary ?? live;
  if (!summary) return null;
  return (
    <>
      <RiskSummaryView
        assessment={assessment}
        checklist={state.checklist}
        text={state.text}
        summary={summary}
      />
      <ReviewPanel assessment={assessment} onChange={setChanged} />
    </>
  );
}
