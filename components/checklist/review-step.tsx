"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { answerProblem, visibleQuestions } from "@/lib/checklist/schema";
import type { Answers, Checklist, SectionId } from "@/lib/checklist/types";
import type { FormChecklistText } from "@/lib/i18n/checklist-text";
import { useRouter } from "@/lib/i18n/navigation";
import { labelled } from "@/lib/i18n/routing";
import { evaluateRisk } from "@/lib/risk/evaluate-risk";
import { AssessmentChangedError, AssessmentFrozenError, completeDraft } from "@/lib/storage";

import { AnswerList } from "./answer-list";

type Props = {
  id: string;
  checklist: Checklist;
  text: FormChecklistText;
  answers: Answers;
  date: string;
  onEdit: (section: SectionId, question?: string) => void;
  onBack: () => void;
  beforeComplete: () => Promise<void>;
};

/** The last step: every answer with an edit link, then "Complete assessment", which freezes it. */
export function ReviewStep({ id, checklist, text, answers, date, onEdit, onBack, beforeComplete }: Props) {
  const t = useTranslations("assess");
  const integrity = useTranslations("integrity");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const sectionOf = new Map(checklist.sections.flatMap((s) => s.questions.map((q) => [q.id, s.id] as const)));
  const problems = visibleQuestions(checklist, answers).filter(
    (q) => answerProblem(q, answers[q.id]) !== null,
  );

  async function complete() {
    setBusy(true);
    setFailure(null);
    try {
      await beforeComplete();
      await completeDraft(id, answers, evaluateRisk(checklist, answers, { date }));
      router.push(`/summary/?id=${id}`);
    } catch (error) {
      setFailure(
        error instanceof AssessmentChangedError
          ? integrity("changedElsewhere")
          : error instanceof AssessmentFrozenError
            ? t("save.completedElsewhere")
            : t("save.failedBody", { reason: error instanceof Error ? error.message : String(error) }),
      );
      setBusy(false);
    }
  }

  return (
    <>
      <p className="lead">{t("reviewIntro")}</p>
      <p className="muted">{t("hiddenNote")}</p>
      <AnswerList checklist={checklist} answers={answers} text={text} onEdit={onEdit} />
      {problems.length > 0 ? (
        <div className="error-summary" role="alert">
          <p>{t("errorsHeading")}</p>
          <ul>
            {problems.map((q) => (
              <li key={q.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onEdit(sectionOf.get(q.id)!, q.id)}
                >
                  {labelled(text.section(sectionOf.get(q.id)!), text.locale)}
                  {text.questionLabel(q)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {failure ? <p role="alert">{failure}</p> : null}
      <div className="step-nav">
        <button type="button" className="button button--secondary" onClick={onBack}>
          {t("back")}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || problems.length > 0}
          onClick={() => void complete()}
        >
          {busy ? t("completing") : t("complete")}
        </button>
      </div>
    </>
  );
}
