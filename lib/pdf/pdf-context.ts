import type { Assessment } from "@/lib/assessment/assessment";
import type { AuditText } from "@/lib/assessment/audit-text";
import type { AnswerValue, Checklist, Question } from "@/lib/checklist/types";
import type { ChecklistText } from "@/lib/i18n/checklist-text";
import type { RiskSummary } from "@/lib/risk/evaluate-risk";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Everything a part of the PDF renders from: data and texts, never the page's DOM. */
export interface PdfContext {
  assessment: Assessment;
  checklist: Checklist;
  summary: RiskSummary;
  text: ChecklistText;
  /** UI texts of the `summary` namespace (shared with the summary page). */
  t: Translate;
  /** UI texts of the `pdf` namespace. */
  p: Translate;
  /** The words for the audit trail and sign-offs (shared with the summary page). */
  audit: AuditText;
  questions: Map<string, Question>;
  /** The font stack: "Sans" and the fallbacks this document's text needs. */
  fonts: string[];
}

/** An answer to a question as text, or the "not answered" words. */
export function formatAnswer(ctx: PdfContext, questionId: string, value: AnswerValue | null | undefined) {
  const q = ctx.questions.get(questionId);
  return (q && ctx.text.answer(q, value)) ?? ctx.t("notAnswered");
}

/** The assessment's own answer to a question, as text. */
export function answerText(ctx: PdfContext, questionId: string) {
  return formatAnswer(ctx, questionId, ctx.assessment.answers[questionId]);
}
