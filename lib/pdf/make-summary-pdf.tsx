// Entry point of the PDF feature. Client-only: import it only with `await import()` from a click
// handler, so react-pdf (about 450 KB gzip) and the fonts load when a PDF is asked for and add
// nothing to any page's first load. The document is rendered from data, never from the DOM.
import { pdf } from "@react-pdf/renderer";
import { type AbstractIntlMessages, createTranslator } from "next-intl";

import type { Assessment } from "@/lib/assessment/assessment";
import { createAuditText } from "@/lib/assessment/audit-text";
import { visibleQuestions } from "@/lib/checklist/schema";
import type { Checklist, Question } from "@/lib/checklist/types";
import type { ChecklistText } from "@/lib/i18n/checklist-text";
import type { RiskSummary } from "@/lib/risk/evaluate-risk";

import { summaryPdfFileName } from "./file-name";
import { prepareFonts } from "./fonts";
import { answerText, type PdfContext, type Translate } from "./pdf-context";
import { SummaryDocument } from "./summary-document";

export interface SummaryPdfInput {
  assessment: Assessment;
  checklist: Checklist;
  summary: RiskSummary;
  text: ChecklistText;
  /** The UI messages of `text.locale` (the `summary`, `pdf`, `review` and `history` namespaces). */
  messages: AbstractIntlMessages;
  /** Where the fonts are; the app's /fonts/ unless a unit test says otherwise. */
  fontBase?: string;
}

export async function makeSummaryPdf(input: SummaryPdfInput): Promise<{ blob: Blob; fileName: string }> {
  const { assessment, checklist, summary, text, messages } = input;
  const translator = (namespace: "summary" | "pdf") =>
    createTranslator({ locale: text.locale, messages, namespace }) as unknown as Translate;
  const ctx: PdfContext = {
    assessment,
    checklist,
    summary,
    text,
    t: translator("summary"),
    p: translator("pdf"),
    audit: createAuditText(text.locale, messages),
    questions: new Map<string, Question>(
      checklist.sections.flatMap((s) => s.questions.map((q) => [q.id, q])),
    ),
    fonts: [],
  };
  // What the user typed (and country names) decide which fallback fonts are needed.
  const typed = visibleQuestions(checklist, assessment.answers)
    .map((q) => answerText(ctx, q.id))
    .join("\n");
  ctx.fonts = await prepareFonts(typed, input.fontBase);
  const blob = await pdf(<SummaryDocument ctx={ctx} />).toBlob();
  const project = assessment.answers.project_name;
  return {
    blob,
    fileName: summaryPdfFileName(typeof project === "string" ? project : undefined, summary.date),
  };
}
