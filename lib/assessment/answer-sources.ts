// Where an answer came from. An answer recorded from the client's reply to our letter carries
// `{ kind: "client_letter", date, answer }` under its question id in the assessment's optional
// `answerSources`; "refused before", answered from an earlier assessment in this browser that
// declined or escalated a confirmed match of this client (lib/register), carries
// `{ kind: "earlier_assessment", date, answer, assessmentId }`. `answer` is the value as recorded: when the answer is later changed in the
// form, the record no longer matches and the answer is no longer shown as the client's (the
// form needs to know nothing about this). Inside the fingerprint for records of seal 2 and later.
import { BOUNDS, idString, withoutProtoKey } from "@/lib/assessment/summary-schema";
import * as z from "@/lib/base/zod";
import type { AnswerValue, Answers } from "@/lib/checklist/types";

/** The answer as recorded from its source: bounded like an answer. */
const recordedAnswer = z.union([
  z.string().check(z.maxLength(BOUNDS.text)),
  z.number(),
  z.array(z.string().check(z.maxLength(BOUNDS.text))).check(z.maxLength(BOUNDS.options)),
]);

export const answerSourceSchema = z.union([
  z.strictObject({
    kind: z.literal("client_letter"),
    /** The date of the client's letter (YYYY-MM-DD). */
    date: z.iso.date(),
    answer: recordedAnswer,
  }),
  z.strictObject({
    kind: z.literal("earlier_assessment"),
    /** The date the earlier assessment was completed (YYYY-MM-DD). */
    date: z.iso.date(),
    answer: recordedAnswer,
    /** The earlier assessment, in this browser. */
    assessmentId: idString,
  }),
]);
export type AnswerSource = z.infer<typeof answerSourceSchema>;

/** At most one source per answer; keys look like question ids (that they are questions of the
 *  record's checklist is checked with the checklist: lib/assessment/integrity.ts). */
export const answerSourcesSchema = z.pipe(
  withoutProtoKey,
  z
    .record(idString.check(z.regex(/^[a-z][a-z0-9_]*$/, "not a question id")), answerSourceSchema)
    .check(z.refine((a) => Object.keys(a).length <= BOUNDS.answers, `at most ${BOUNDS.answers} sources`)),
);
export type AnswerSources = z.infer<typeof answerSourcesSchema>;

/** Whether an answer is still the one recorded from the client's letter. */
export function isRecordedAnswer(value: AnswerValue | undefined, source: AnswerSource): boolean {
  const recorded = source.answer;
  if (Array.isArray(value) && Array.isArray(recorded))
    return value.length === recorded.length && value.every((v, i) => v === recorded[i]);
  return value === recorded;
}

/** The answers that came from a source (the client's letters, an earlier assessment) and still
 *  stand: question id → source. */
export function clientAnswers(
  answers: Answers,
  sources: AnswerSources | undefined,
): Map<string, AnswerSource> {
  const out = new Map<string, AnswerSource>();
  for (const [question, source] of Object.entries(sources ?? {})) {
    if (isRecordedAnswer(answers[question], source)) out.set(question, source);
  }
  return out;
}

/** Records replies from the client's letter of `date`: the new answers and their sources. */
export function recordReplies(
  current: { answers: Answers; answerSources?: AnswerSources },
  replies: Answers,
  date: string,
): { answers: Answers; answerSources: AnswerSources } {
  const answers: Answers = { ...current.answers };
  const answerSources: AnswerSources = { ...current.answerSources };
  for (const [question, value] of Object.entries(replies)) {
    if (value === undefined) continue;
    answers[question] = value;
    answerSources[question] = {
      kind: "client_letter",
      date,
      answer: Array.isArray(value) ? [...(value as string[])] : (value as string | number),
    };
  }
  return { answers, answerSources };
}
