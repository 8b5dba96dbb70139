"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useCallback, useMemo, useState } from "react";

import type { Assessment } from "@/lib/assessment/assessment";
import { localDate } from "@/lib/assessment/dates";
import { loadReadingChecklistText } from "@/lib/i18n/load-checklist-text";
import { summaryOf } from "@/lib/summary/summary-of";

import { LoadProblem } from "../form/load-problem";
import { SummaryCounterparties } from "../register/summary-counterparties";
import { useScreeningRecord } from "../screening/screening-record";
import { SummaryLetterSection } from "../letter/summary-letter-section";
import { useClientAnswerNotes } from "../letter/use-client-answers";
import { type LoadedAssessment, useAssessment } from "../form/use-assessment";

import { IntegrityBanner, IntegrityChecking, useIntegrity } from "./integrity-banner";
import { ReviewPanel } from "./review-panel";
import { RiskSummaryView } from "./risk-summary";
import { TrackingLine, useTracking } from "./tracking-line";
import { useSignatures } from "./use-signatures";
import { useSummaryView } from "./use-summary-view";

/** Only a verdict with conditions or approvals to track loads the section's forms and files. */
const TrackingSection = dynamic(() => import("./tracking-section"), { ssr: false });

/**
 * The summary of one assessment: a completed one shows the summary frozen at completion (never
 * recomputed); a draft shows the live evaluation of its current answers, marked as a draft.
 */
export default function SummaryWorkspace({ id }: { id: string }) {
  const t = useTranslations("summary");
  const state = useAssessment(id, loadReadingChecklistText);
  if (state.status !== "ready") return <LoadProblem state={state} title={t("title")} />;
  return <LoadedSummary {...state} />;
}

function LoadedSummary(state: Extract<LoadedAssessment, { status: "ready" }>) {
  // Sign-offs and dates change the stored record after load; the summary's answers never change.
  const [changed, setRecord] = useState<Assessment | null>(null);
  // Writes finish in their order but their read-backs may not (two files added at once): a
  // completed record's trail only grows, so the longer trail is the later record.
  const setChanged = useCallback(
    (next: Assessment) =>
      setRecord((shown) => ((shown?.audit?.length ?? 0) > (next.audit?.length ?? 0) ? shown : next)),
    [],
  );
  const assessment = changed ?? state.assessment;
  const summary = useMemo(
    () => summaryOf(state.assessment, state.checklist, localDate()),
    [state.assessment, state.checklist],
  );
  // A draft's screening record lives in its own store until completion.
  const screening = useScreeningRecord(assessment);
  // Every sign-off's signature is checked on display, whatever the record's import said.
  const signatures = useSignatures(assessment);
  const view = useClientAnswerNotes(
    useSummaryView(assessment, state.checklist, state.text, summary, screening, signatures),
    assessment,
    state.checklist,
    state.text,
  );
  // A stored verdict is shown only if it is what its answers give (and its seals match).
  const integrity = useIntegrity(assessment);
  const tracking = useTracking(assessment);
  if (integrity.status === "checking") return <IntegrityChecking />;
  if (integrity.problem) return <IntegrityBanner id={assessment.id} problem={integrity.problem} />;
  return (
    <>
      <RiskSummaryView
        view={view}
        assessment={assessment}
        tracked={tracking}
        afterVerdict={tracking ? <TrackingLine tracking={tracking} checks={signatures.checks} /> : null}
      />
      {tracking ? (
        <TrackingSection
          assessment={assessment}
          tracking={tracking}
          view={view}
          checks={signatures.checks}
          onChange={setChanged}
        />
      ) : null}
      <SummaryLetterSection assessment={assessment} checklist={state.checklist} text={state.text} />
      <SummaryCounterparties assessment={assessment} />
      <ReviewPanel assessment={assessment} view={view} onChange={setChanged} />
    </>
  );
}
