// The answers that came from the client's letters, as a reader of the summary sees them: the
// question, the answer and "per client's letter of 20 November 2026", in checklist order. Pure
// data, for the summary page, its PDF and the summary view model (lib/summary) to draw.
import type { Assessment } from "@/lib/assessment/assessment";
import { visibleQuestions } from "@/lib/checklist/conditions";
import type { Checklist } from "@/lib/checklist/types";
import type { ChecklistText } from "@/lib/i18n/checklist-text";
import { parenthesised } from "@/lib/i18n/routing";
import type { SummaryView } from "@/lib/summary/summary-view";

import { type AnswerSource, clientAnswers } from "@/lib/assessment/answer-sources";
import { letterDate } from "./client-questions";

export interface ClientAnswerItem {
  question: string;
  label: string;
  answer: string;
  /** The client's letter's date (or the earlier assessment's), YYYY-MM-DD. */
  date: string;
  /** "per client's letter of 20 November 2026", in the language of `text`. */
  note: string;
  /** Where the answer came from: the client's letter, or an earlier assessment on this device. */
  kind: AnswerSource["kind"];
}

/**
 * `perLetter` words the note from the formatted date (the `letter.perLetter` message);
 * `notAnswered` is the summary's words for an answer not given (summary.notAnswered);
 * `fromAssessment` words that of an answer taken from an earlier assessment ("from this device's
 * assessment of …", `register.fromAssessment`; without it those are not listed). Only answers that
 * still stand as recorded, to questions still shown, are listed.
 */
export function clientAnswerItems(
  assessment: Pick<Assessment, "answers" | "answerSources">,
  checklist: Checklist,
  text: ChecklistText,
  perLetter: (date: string) => string,
  notAnswered: string,
  fromAssessment?: (date: string) => string,
): ClientAnswerItem[] {
  const sources = clientAnswers(assessment.answers, assessment.answerSources);
  if (sources.size === 0) return [];
  return visibleQuestions(checklist, assessment.answers).flatMap((q) => {
    const source = sources.get(q.id);
    if (!source) return [];
    const note = source.kind === "client_letter" ? perLetter : fromAssessment;
    if (!note) return [];
    return [
      {
        question: q.id,
        label: text.questionLabel(q),
        answer: text.answer(q, assessment.answers[q.id]) ?? notAnswered,
        date: source.date,
        note: note(letterDate(source.date, text.locale)),
        kind: source.kind,
      },
    ];
  });
}

/**
 * The summary view with "(per client's letter of …)" after every answer that came from the
 * client, wherever the view shows it (the flags' "what was answered", the PDF's appendix), so
 * every renderer of the view marks them without knowing about letters.
 */
export function withClientAnswerNotes(view: SummaryView, items: readonly ClientAnswerItem[]): SummaryView {
  if (items.length === 0) return view;
  const notes = new Map(items.map((i) => [i.question, parenthesised(i.note, view.locale)]));
  const noted = <R extends { question: string; answer: string }>(row: R): R => {
    const note = notes.get(row.question);
    return note ? { ...row, answer: row.answer + note } : row;
  };
  return {
    ...view,
    flagGroups: view.flagGroups.map((g) => ({
      ...g,
      flags: g.flags.map((f) => ({ ...f, answered: f.answered.map(noted) })),
    })),
    answersBySection: view.answersBySection.map((s) => ({ ...s, rows: s.rows.map(noted) })),
  };
}
