"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { type RefObject, useEffect, useMemo, useState } from "react";
import { Controller, type FieldErrors, useForm, useWatch } from "react-hook-form";

import { VALIDATION_KEYS } from "@/lib/checklist/messages";
import { answerProblem, sectionAnswersSchema, visibleQuestions } from "@/lib/checklist/schema";
import type { Answers, AnswerValue, Checklist, SectionId } from "@/lib/checklist/types";
import type { FormChecklistText } from "@/lib/i18n/checklist-text";
import type { AnswerSources } from "@/lib/assessment/answer-sources";

import { ScreenNames } from "@/components/screening/screen-names";

import { QuestionField } from "./question-field";
import type { Step } from "./stepper";

type Props = {
  checklist: Checklist;
  sectionId: SectionId;
  answers: Answers;
  text: FormChecklistText;
  onAnswersChange: (changed: Answers) => void;
  onLeave: (target: Step) => void;
  /** Receives this step's validated "leave" so that the stepper's jumps are validated too. */
  leaveRef: RefObject<((target: Step) => void) | null>;
  /** Questions a re-assessment marks as new or changed. */
  reviewQuestions?: readonly string[];
  /** Answers recorded from the client's letters (the form notes them beside the answer). */
  answerSources?: AnswerSources;
};

type StepValues = Record<string, AnswerValue | undefined>;

/** One step of the form: the section's visible questions, validated by the schema derived from it. */
export function StepForm({
  checklist,
  sectionId,
  answers,
  text,
  onAnswersChange,
  onLeave,
  leaveRef,
  reviewQuestions,
  answerSources,
}: Props) {
  const t = useTranslations("assess");
  const sections = checklist.sections;
  const index = sections.findIndex((s) => s.id === sectionId);
  const section = sections[index]!;
  const schema = useMemo(() => sectionAnswersSchema(checklist, sectionId), [checklist, sectionId]);
  const defaultValues = useMemo(
    () => Object.fromEntries(section.questions.map((q) => [q.id, answers[q.id]])) as StepValues,
    // Only when the step opens: afterwards the form owns its values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [section],
  );
  const form = useForm<StepValues>({
    defaultValues,
    resolver: zodResolver(schema as never) as never,
    mode: "onSubmit",
    reValidateMode: "onChange",
    shouldFocusError: false,
  });
  const [showErrorSummary, setShowErrorSummary] = useState(false);

  const values = useWatch({ control: form.control });
  const merged = { ...answers, ...values } as Answers;
  const shown = new Set(visibleQuestions(checklist, merged).map((q) => q.id));
  const visible = section.questions.filter((q) => shown.has(q.id));

  const leave = (target: Step) =>
    form.handleSubmit(
      () => onLeave(target),
      (errors: FieldErrors<StepValues>) => {
        const firstVisible = visible.find((q) => errors[q.id]);
        if (!firstVisible) return onLeave(target);
        setShowErrorSummary(true);
        requestAnimationFrame(() => {
          const container = document.querySelector(`[data-question="${firstVisible.id}"]`);
          container?.querySelector<HTMLElement>("input:not([disabled]), textarea, select")?.focus();
        });
      },
    )();

  useEffect(() => {
    leaveRef.current = (target) => void leave(target);
    return () => {
      leaveRef.current = null;
    };
  });

  const previous = sections[index - 1]?.id;
  const next: Step = sections[index + 1]?.id ?? "review";
  /** The schema's message key, with its bound (min, max) put back, in the user's language. */
  const errorText = (question: (typeof visible)[number], hasError: boolean) => {
    if (!hasError) return undefined;
    const problem = answerProblem(question, form.getValues(question.id));
    return problem ? text.t(VALIDATION_KEYS[problem.code], problem.params) : undefined;
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void leave(next);
      }}
    >
      {text.sectionIntro(sectionId) ? <p className="section-intro">{text.sectionIntro(sectionId)}</p> : null}
      {showErrorSummary && Object.keys(form.formState.errors).length > 0 ? (
        <p className="error-summary" role="alert">
          {t("errorsHeading")}
        </p>
      ) : null}
      {visible.length === 0 ? (
        <p className="notice" data-testid="no-questions">
          {t("noQuestions")}
        </p>
      ) : null}
      {visible.map((question) => (
        <Controller
          key={question.id}
          name={question.id}
          control={form.control}
          render={({ field, fieldState }) => (
            <QuestionField
              question={question}
              text={text}
              isNew={reviewQuestions?.includes(question.id)}
              source={answerSources?.[question.id]}
              value={field.value}
              onChange={(value) => {
                field.onChange(value);
                onAnswersChange({ [question.id]: value });
              }}
              onBlur={field.onBlur}
              error={errorText(question, Boolean(fieldState.error))}
            />
          )}
        />
      ))}
      <ScreenNames sectionId={sectionId} answers={merged} form={form} onAnswersChange={onAnswersChange} />
      <div className="step-nav">
        {previous ? (
          <button
            type="button"
            className="button button--secondary"
            data-nav="back"
            onClick={() => void leave(previous)}
          >
            {t("back")}
          </button>
        ) : null}
        <button type="submit" className="button" data-nav="next">
          {next === "review" ? t("toReview") : t("next")}
        </button>
      </div>
    </form>
  );
}
