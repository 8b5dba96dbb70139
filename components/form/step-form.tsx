"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { type RefObject, useEffect, useMemo, useRef, useState } from "react";
import { Controller, type FieldErrors, type Resolver, useForm, useWatch } from "react-hook-form";

import { effectiveAnswers, questionsById } from "@/lib/checklist/conditions";
import { VALIDATION_KEYS } from "@/lib/checklist/messages";
import { answerProblem, sectionAnswersSchema, visibleQuestions } from "@/lib/checklist/schema";
import type { Answers, AnswerValue, Checklist, Section, SectionId } from "@/lib/checklist/types";
import type { FormChecklistText } from "@/lib/i18n/checklist-text";
import type { AnswerSources } from "@/lib/assessment/answer-sources";
import { contradictions } from "@/lib/risk/evaluate-risk";

import { EarlierEngagements } from "@/components/register/earlier-engagements";
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
  /** Receives this step's merge of another tab's saved answers (it never rebuilds the step). */
  mergeRef: RefObject<((changed: Answers) => void) | null>;
  /** Questions a re-assessment marks as new or changed. */
  reviewQuestions?: readonly string[];
  /** Answers recorded from the client's letters (the form notes them beside the answer). */
  answerSources?: AnswerSources;
};

// An answer cleared in the form (a "Don't know" unticked, a text emptied) is held as null, and
// read as undefined (not answered) everywhere else: react-hook-form reads an undefined value as
// "use the default", which would bring back the answer the step opened with.
type StepValues = Record<string, AnswerValue | null | undefined>;

const CLEARED = null;

/** The step's values as answers: a cleared answer is unanswered. */
function answersOf(values: Partial<StepValues>): Answers {
  return Object.fromEntries(Object.entries(values).map(([id, v]) => [id, v ?? undefined])) as Answers;
}

/** The declared controls of one step that another answer contradicts, with the question that does. */
function contradictedHere(checklist: Checklist, section: Section, merged: Answers) {
  const byId = questionsById(checklist);
  const controlQuestions = section.questions.filter(
    (q) => q.kind === "multiChoice" && q.controls && Array.isArray(merged[q.id]),
  );
  return contradictions(checklist, effectiveAnswers(checklist, merged)).flatMap((c) => {
    const controlQuestion = controlQuestions.find((q) => (merged[q.id] as string[]).includes(c.control));
    const question = byId.get(c.questions[0] ?? "");
    return controlQuestion && question ? [{ control: c.control, question, controlQuestion }] : [];
  });
}

/** Controls whose value is typed (the caret sits in them), as opposed to ticked or chosen. */
const TYPED_CONTROLS = "textarea, input:not([type=radio], [type=checkbox])";

/** The question whose answer the user is typing in this tab right now, if any. */
function questionBeingTyped(): string | null {
  if (!document.hasFocus()) return null;
  const control = document.activeElement;
  if (!control?.matches(TYPED_CONTROLS)) return null;
  return control.closest("[data-question]")?.getAttribute("data-question") ?? null;
}

/** One step of the form: the section's visible questions, validated by the schema derived from it. */
export function StepForm({
  checklist,
  sectionId,
  answers,
  text,
  onAnswersChange,
  onLeave,
  leaveRef,
  mergeRef,
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
  const resolver = useMemo(() => {
    const resolve = zodResolver(schema as never) as unknown as Resolver<StepValues>;
    return ((values, context, options) =>
      resolve(answersOf(values) as StepValues, context, options)) satisfies Resolver<StepValues>;
  }, [schema]);
  const form = useForm<StepValues>({
    defaultValues,
    resolver,
    mode: "onSubmit",
    reValidateMode: "onChange",
    shouldFocusError: false,
  });
  const [showErrorSummary, setShowErrorSummary] = useState(false);

  const values = useWatch({ control: form.control });
  const merged = { ...answers, ...answersOf(values) };
  // 2026.4 on: a declared control of this step that another answer contradicts is not counted.
  const contradicted = contradictedHere(checklist, section, merged);
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

  // Another tab's saved answers are set field by field, never by rebuilding the step: a rebuild
  // would take the caret, and the keystrokes after it, from whatever the user is typing in. That
  // one answer is not replaced under the caret either: the other tab's value waits until focus
  // leaves the control (it is what is stored, so it is shown then), and a keystroke before that
  // drops it, since the keystroke is saved and replaces it as any later write does. (An answer of
  // this tab that is still being written never arrives here: use-autosave keeps the later write.)
  const held = useRef(new Map<string, Answers[string]>());
  const setRemote = (id: string, value: Answers[string]) =>
    form.setValue(id, value ?? CLEARED, { shouldValidate: form.formState.isSubmitted });
  useEffect(() => {
    mergeRef.current = (changed) => {
      const typing = questionBeingTyped();
      for (const [id, value] of Object.entries(changed)) {
        if (!section.questions.some((q) => q.id === id)) continue;
        if (id === typing) held.current.set(id, value);
        else {
          held.current.delete(id);
          setRemote(id, value);
        }
      }
    };
    return () => {
      mergeRef.current = null;
    };
  });

  const previous = sections[index - 1]?.id;
  const next: Step = sections[index + 1]?.id ?? "review";
  /** The schema's message key, with its bound (min, max) put back, in the user's language. */
  const errorText = (question: (typeof visible)[number], hasError: boolean) => {
    if (!hasError) return undefined;
    const problem = answerProblem(question, form.getValues(question.id) ?? undefined);
    return problem ? text.t(VALIDATION_KEYS[problem.code], problem.params) : undefined;
  };

  return (
    <form
      noValidate
      onBlur={(event) => {
        const id = event.target.closest("[data-question]")?.getAttribute("data-question");
        if (!id || !held.current.has(id)) return;
        setRemote(id, held.current.get(id));
        held.current.delete(id);
      }}
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
              value={field.value ?? undefined}
              onChange={(value) => {
                held.current.delete(question.id);
                field.onChange(value === undefined ? CLEARED : value);
                onAnswersChange({ [question.id]: value });
              }}
              onBlur={field.onBlur}
              error={errorText(question, Boolean(fieldState.error))}
            />
          )}
        />
      ))}
      {contradicted.map(({ control, question, controlQuestion }) => (
        <p key={control} className="notice" role="note" data-contradicted={control}>
          {t("contradicted", {
            control: text.option(controlQuestion, control),
            question: text.questionLabel(question),
          })}
        </p>
      ))}
      <ScreenNames sectionId={sectionId} answers={merged} form={form} onAnswersChange={onAnswersChange} />
      <EarlierEngagements
        sectionId={sectionId}
        answers={merged}
        text={text}
        onAnswersChange={onAnswersChange}
      />
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
