"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";

import type { Assessment } from "@/lib/assessment/assessment";
import { isAnswered, isUnknownAnswer } from "@/lib/checklist/conditions";
import { VALIDATION_KEYS } from "@/lib/checklist/messages";
import { answerProblem } from "@/lib/checklist/schema";
import type { Answers, Checklist, Question } from "@/lib/checklist/types";
import type { ChecklistText } from "@/lib/i18n/checklist-text";
import { useRouter } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { recordReplies } from "@/lib/assessment/answer-sources";
import { isFutureDate } from "@/lib/assessment/dates";
import { letterDate, openClientQuestions } from "@/lib/letter/letter";
import { readAssessment, reassess, saveEdit } from "@/lib/storage";

import { QuestionField } from "../form/question-field";
import { errorId } from "../ui/field";

type Props = {
  assessment: Assessment;
  checklist: Checklist;
  text: ChecklistText;
  onSaved: (next: Assessment) => void;
};

type Status =
  | { kind: "idle" | "saving" }
  | { kind: "saved"; count: number; date: string }
  | { kind: "failed"; error: string };

/**
 * The client's replies, recorded into the draft: the questions the letter asked, each answered as
 * in the form, and the date of the client's letter, noted beside every answer recorded. A
 * completed assessment is frozen: its replies go into a re-assessment.
 */
export function RecordReplies(props: Props) {
  const t = useTranslations("letter");
  return (
    <section aria-labelledby="replies-title" className="replies">
      <h2 id="replies-title">{t("repliesTitle")}</h2>
      {props.assessment.status === "completed" ? (
        <Reassess id={props.assessment.id} />
      ) : (
        <RepliesForm {...props} />
      )}
    </section>
  );
}

function Reassess({ id }: { id: string }) {
  const t = useTranslations("letter");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <p>{t("frozen")}</p>
      <button
        type="button"
        className="button button--secondary"
        onClick={() =>
          void reassess(id)
            .then((draft) => router.push(`/letter/?id=${draft.id}`))
            .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
        }
      >
        {t("reassess")}
      </button>
      {error ? (
        <p role="alert" className="error-summary">
          {t("saveFailed", { error })}
        </p>
      ) : null}
    </>
  );
}

function RepliesForm({ assessment, checklist, text, onSaved }: Props) {
  const t = useTranslations("letter");
  const locale = useLocale();
  // The questions asked stay on screen while the user answers them, until the replies are saved.
  const [asked, setAsked] = useState<Question[]>(() => openClientQuestions(checklist, assessment.answers));
  const [replies, setReplies] = useState<Answers>({});
  const [date, setDate] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  if (asked.length === 0 && status.kind !== "saved") return <p>{t("noOpenReplies")}</p>;

  /** The answers that replace a "don't know": changed, given, and not "don't know" again. */
  const given = Object.fromEntries(
    Object.entries(replies).filter(([, v]) => v !== undefined && isAnswered(v) && !isUnknownAnswer(v)),
  ) as Answers;

  async function save() {
    const problems: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.date = t("dateMissing");
    else if (isFutureDate(date)) problems.date = t("dateFuture");
    for (const q of asked) {
      const problem = given[q.id] === undefined ? null : answerProblem(q, given[q.id]);
      if (problem) problems[q.id] = text.t(VALIDATION_KEYS[problem.code], problem.params);
    }
    if (Object.keys(given).length === 0 && !problems.date) problems.form = t("nothingChanged");
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setStatus({ kind: "saving" });
    try {
      // The stored draft, not this page's copy: another tab may have changed other answers.
      const latest = (await readAssessment(assessment.id)) ?? assessment;
      const recorded = recordReplies(latest, given, date);
      const { stored: next } = await saveEdit({
        id: latest.id,
        base: latest.answers,
        changed: given,
        step: latest.step,
        answerSources: recorded.answerSources,
      });
      onSaved(next);
      setAsked(openClientQuestions(checklist, next.answers));
      setReplies({});
      setStatus({
        kind: "saved",
        count: Object.keys(given).length,
        date: letterDate(date, isLocale(locale) ? locale : "en"),
      });
    } catch (error) {
      setStatus({ kind: "failed", error: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <p>{t("repliesLead")}</p>
      <div className="field">
        <label className="field__label" htmlFor="reply-date">
          {t("letterDate")}
        </label>
        <input
          id="reply-date"
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          aria-invalid={errors.date ? true : undefined}
          aria-describedby={errors.date ? errorId("reply-date") : undefined}
        />
        {errors.date ? (
          <p id={errorId("reply-date")} className="field__error">
            {errors.date}
          </p>
        ) : null}
      </div>
      {asked.map((question) => (
        <QuestionField
          key={question.id}
          question={question}
          text={text}
          // A reply cleared here (its "Don't know" unticked) is cleared, not the stored answer again.
          value={Object.hasOwn(replies, question.id) ? replies[question.id] : assessment.answers[question.id]}
          onChange={(value) => setReplies((r) => ({ ...r, [question.id]: value }))}
          error={errors[question.id]}
        />
      ))}
      {errors.form ? (
        <p role="alert" className="error-summary">
          {errors.form}
        </p>
      ) : null}
      {asked.length > 0 ? (
        <div className="actions">
          <button type="submit" className="button" disabled={status.kind === "saving"}>
            {t("save")}
          </button>
        </div>
      ) : null}
      <p role="status" className="save-status">
        {status.kind === "saving" ? t("saving") : null}
        {status.kind === "saved" ? t("saved", { count: status.count, date: status.date }) : null}
      </p>
      {status.kind === "failed" ? (
        <p role="alert" className="error-summary">
          {t("saveFailed", { error: status.error })}
        </p>
      ) : null}
    </form>
  );
}
