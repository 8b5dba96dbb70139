"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";

import { answerProblem, visibleQuestions } from "@/lib/checklist/schema";
import type { Answers, Checklist, SectionId } from "@/lib/checklist/types";
import type { FormChecklistText } from "@/lib/i18n/checklist-text";
import { useRouter } from "@/lib/i18n/navigation";
import { labelled } from "@/lib/i18n/routing";
import { evaluateRisk } from "@/lib/risk/evaluate-risk";
import {
  AssessmentChangedError,
  AssessmentFrozenError,
  completeDraft,
  ScreeningDisagreesError,
} from "@/lib/storage";

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
  otherTabs: OtherTabs;
};

/** Another tab's saves, as the form hears them (assessment-form.tsx). */
export type OtherTabs = {
  /** The form's answers now, with every other tab's save heard so far. */
  answers: () => Answers;
  /** When another tab's save was last heard (ms), 0 if never. */
  heardAt: () => number;
  /** Resolves once other tabs have paused saving. */
  settled: () => Promise<void>;
};

/** The last step: every answer with an edit link, then "Complete assessment", which freezes it. */
export function ReviewStep({
  id,
  checklist,
  text,
  answers,
  date,
  onEdit,
  onBack,
  beforeComplete,
  otherTabs,
}: Props) {
  const t = useTranslations("assess");
  const integrity = useTranslations("integrity");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [waiting, setWaiting] = useState(false);
  /** Ends the wait for other tabs at once ("Stop waiting"). */
  const stopWaiting = useRef<(() => void) | null>(null);
  const sectionOf = new Map(checklist.sections.flatMap((s) => s.questions.map((q) => [q.id, s.id] as const)));
  const problemsOf = (shown: Answers) =>
    visibleQuestions(checklist, shown).filter((q) => answerProblem(q, shown[q.id]) !== null);
  const problems = problemsOf(answers);

  /**
   * Completes the answers shown. The store refuses answers that differ from its own: when
   * another tab is still saving, this waits until it pauses (saying so), and completes the answers
   * as they then stand, shown above; when nothing was heard from another tab, it says why.
   */
  async function complete() {
    setBusy(true);
    setFailure(null);
    try {
      await beforeComplete();
      for (;;) {
        const shown = otherTabs.answers();
        const heard = otherTabs.heardAt();
        try {
          await completeDraft(id, shown, evaluateRisk(checklist, shown, { date }));
          break;
        } catch (error) {
          if (!(error instanceof AssessmentChangedError)) throw error;
          setWaiting(true);
          const stopped = await Promise.race([
            otherTabs.settled().then(() => false),
            new Promise<true>((resolve) => (stopWaiting.current = () => resolve(true))),
          ]);
          stopWaiting.current = null;
          // Nothing heard from another tab: the difference is not a save still on its way.
          if (!stopped && otherTabs.heardAt() === heard) throw error;
          if (stopped || problemsOf(otherTabs.answers()).length > 0) {
            setWaiting(false);
            setBusy(false);
            return;
          }
          await beforeComplete();
        }
      }
      router.push(`/summary/?id=${id}`);
    } catch (error) {
      setWaiting(false);
      setFailure(
        error instanceof AssessmentChangedError
          ? integrity("changedElsewhere")
          : error instanceof AssessmentFrozenError
            ? t("save.completedElsewhere")
            : error instanceof ScreeningDisagreesError
              ? t("save.screeningDisagrees")
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
      <p role="status" className="save-status" data-testid="completion-status">
        {waiting ? t("waitingForOtherTab") : null}
      </p>
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
        {waiting ? (
          <button type="button" className="button button--secondary" onClick={() => stopWaiting.current?.()}>
            {t("stopWaiting")}
          </button>
        ) : null}
      </div>
    </>
  );
}
