"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";

import type { Assessment } from "@/lib/assessment/assessment";
import { localDate } from "@/lib/assessment/dates";
import type { Answers, Checklist, SectionId } from "@/lib/checklist/types";
import type { FormChecklistText } from "@/lib/i18n/checklist-text";
import { evaluateRisk } from "@/lib/risk/evaluate-risk";
import { assessmentReadiness } from "@/lib/risk/readiness";

import { LiveRisk } from "./live-risk";
import { OverwriteNotice } from "./overwrite-notice";
import { SaveStatus } from "./save-status";
import { StepForm } from "./step-form";
import { type Step, Stepper } from "./stepper";
import { useAutosave } from "./use-autosave";

// The last step (every answer, completion) loads when it is opened.
const ReviewStep = dynamic(() => import("./review-step").then((m) => m.ReviewStep), { ssr: false });

type Props = { initial: Assessment; checklist: Checklist; text: FormChecklistText };

function mergeAnswers(answers: Answers, changed: Answers): Answers {
  const next = { ...answers, ...changed };
  for (const [key, value] of Object.entries(changed)) if (value === undefined) delete next[key];
  return next;
}

/** How long no other tab's save must arrive before completion tries again (item 4 of issue 24). */
const OTHER_TABS_QUIET_MS = 1_000;

function isStep(checklist: Checklist, step: string): step is Step {
  return step === "review" || checklist.sections.some((s) => s.id === step);
}

/** One draft: the stepper, the current step's form, the live risk, and autosave of every change. */
export function AssessmentForm({ initial, checklist, text }: Props) {
  const t = useTranslations("assess");
  const [answers, setAnswers] = useState<Answers>(initial.answers);
  const [step, setStep] = useState<Step>(
    isStep(checklist, initial.step) ? initial.step : checklist.sections[0]!.id,
  );
  // The newest answers and step, for callbacks that must not wait for a re-render.
  const latest = useRef({ answers, step });
  // Another tab's saved answers: shown here too; the open step merges those it holds (StepForm).
  const mergeRemote = useRef<((changed: Answers) => void) | null>(null);
  /** When another tab's saved answers last reached this form (0: never). */
  const heardAt = useRef(0);
  const onRemoteAnswers = useCallback((changed: Answers) => {
    heardAt.current = Date.now();
    const next = mergeAnswers(latest.current.answers, changed);
    latest.current = { ...latest.current, answers: next };
    setAnswers(next);
    mergeRemote.current?.(changed);
  }, []);
  const { state: saveState, save, flush, overwritten, dismiss } = useAutosave(initial, { onRemoteAnswers });
  const date = useMemo(() => localDate(), []);
  const summary = useMemo(() => evaluateRisk(checklist, answers, { date }), [checklist, answers, date]);
  const readiness = useMemo(() => assessmentReadiness(checklist, answers), [checklist, answers]);
  const heading = useRef<HTMLHeadingElement>(null);
  const leaveStep = useRef<((target: Step) => void) | null>(null);
  const moved = useRef(false);

  /** Completion waits on other tabs through these: what they saved last, and when they pause. */
  const otherTabs = useMemo(
    () => ({
      answers: () => latest.current.answers,
      heardAt: () => heardAt.current,
      // At least one quiet period: a save that has landed may not have been heard yet.
      settled: () =>
        new Promise<void>((resolve) => {
          const check = () => {
            const left = heardAt.current + OTHER_TABS_QUIET_MS - Date.now();
            if (left <= 0) resolve();
            else setTimeout(check, left);
          };
          setTimeout(check, OTHER_TABS_QUIET_MS);
        }),
    }),
    [],
  );

  const onAnswersChange = useCallback(
    (changed: Answers) => {
      const next = mergeAnswers(latest.current.answers, changed);
      latest.current = { ...latest.current, answers: next };
      setAnswers(next);
      save(latest.current);
    },
    [save],
  );

  /** The question to focus when the next step opens (an "Edit" link), else the step's heading. */
  const focusQuestion = useRef<string | null>(null);

  const goTo = useCallback(
    (target: Step, question?: string) => {
      moved.current = true;
      focusQuestion.current = question ?? null;
      latest.current = { ...latest.current, step: target };
      setStep(target);
      save(latest.current);
    },
    [save],
  );

  useEffect(() => {
    if (!moved.current) return;
    const question = focusQuestion.current;
    const control = question
      ? document.querySelector<HTMLElement>(`[data-question="${question}"] :is(input, textarea, select)`)
      : null;
    if (control) {
      control.focus();
      control.scrollIntoView({ block: "center" });
    } else {
      heading.current?.focus();
      window.scrollTo({ top: 0 });
    }
  }, [step]);

  const sectionIndex = checklist.sections.findIndex((s) => s.id === step);
  const total = checklist.sections.length + 1;
  const current = step === "review" ? total : sectionIndex + 1;

  return (
    <div className="assessment">
      <div className="assessment__aside">
        <Stepper
          checklist={checklist}
          summary={summary}
          step={step}
          text={text}
          onSelect={(target) => (leaveStep.current ? leaveStep.current(target) : goTo(target))}
        />
        <LiveRisk
          summary={summary}
          readiness={readiness}
          checklist={checklist}
          text={text}
          answers={answers}
        />
      </div>
      <div className="assessment__main">
        <p className="step-counter">{t("stepOf", { current, total })}</p>
        <h1 ref={heading} tabIndex={-1}>
          {step === "review" ? t("reviewTitle") : text.section(step)}
        </h1>
        <SaveStatus state={saveState} draft={initial} answers={answers} step={step} />
        <OverwriteNotice items={overwritten} checklist={checklist} text={text} onDismiss={dismiss} />
        {step === "review" ? (
          <ReviewStep
            id={initial.id}
            checklist={checklist}
            text={text}
            answers={answers}
            date={date}
            onEdit={(section: SectionId, question?: string) => goTo(section, question)}
            onBack={() => goTo(checklist.sections.at(-1)!.id)}
            beforeComplete={flush}
            otherTabs={otherTabs}
          />
        ) : (
          <StepForm
            key={step}
            checklist={checklist}
            sectionId={step}
            answers={answers}
            text={text}
            onAnswersChange={onAnswersChange}
            onLeave={goTo}
            leaveRef={leaveStep}
            mergeRef={mergeRemote}
            reviewQuestions={initial.reviewQuestions}
            answerSources={initial.answerSources}
          />
        )}
      </div>
    </div>
  );
}
