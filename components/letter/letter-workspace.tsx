"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import type { Assessment } from "@/lib/assessment/assessment";
import { engagementOf } from "@/lib/assessment/engagement";
import { Link } from "@/lib/i18n/navigation";

import { LoadProblem } from "../form/load-problem";
import { type LoadedAssessment, useAssessment } from "../form/use-assessment";

import { LetterEditor } from "./letter-editor";
import { RecordReplies } from "./record-replies";

/** The letter to the client from one assessment's open questions, and the client's replies. */
export default function LetterWorkspace({ id }: { id: string }) {
  const t = useTranslations("letter");
  const state = useAssessment(id);
  if (state.status !== "ready") return <LoadProblem state={state} title={t("title")} />;
  return <LoadedLetter {...state} />;
}

function LoadedLetter(state: Extract<LoadedAssessment, { status: "ready" }>) {
  const t = useTranslations("letter");
  // Recording replies changes the stored draft; the letter follows what is still open.
  const [assessment, setAssessment] = useState<Assessment>(state.assessment);
  const project = engagementOf(assessment.answers).project;
  return (
    <>
      <h1>{t("title")}</h1>
      {project ? <p className="muted">{t("forProject", { project })}</p> : null}
      <p className="lead">{t("lead")}</p>
      <LetterEditor assessment={assessment} checklist={state.checklist} />
      <RecordReplies
        assessment={assessment}
        checklist={state.checklist}
        text={state.text}
        onSaved={setAssessment}
      />
      <p className="actions">
        <Link className="button button--secondary" href={`/summary/?id=${assessment.id}`}>
          {t("toSummary")}
        </Link>
      </p>
    </>
  );
}
