// Entry point of the summary PDF. Client code imports it only with `await import()` from a click
// handler, so pdfkit and the fonts load when a PDF is asked for and add nothing to any page's
// first load. The document is drawn from the summary view model, never from the page's DOM.
import { type AbstractIntlMessages, createTranslator } from "next-intl";

import type { Translate } from "@/lib/base/locale";
import type { SummaryView } from "@/lib/summary/summary-view";
import type { Tracking } from "@/lib/tracking/model";

import type { FontReader } from "./layout/fonts";
import { renderPdf } from "./layout/render";
import { summaryPdfFileName } from "./file-name";
import { summaryDocument } from "./summary-document";
import { trackingPage } from "./tracking-page";

export interface SummaryPdfInput {
  view: SummaryView;
  /** The UI messages of the view's language (the `summary`, `pdf` and `tracking` namespaces). */
  messages: AbstractIntlMessages;
  /** A completed assessment's tracked conditions and approvals, read on `asOf` (YYYY-MM-DD). */
  tracking?: { state: Tracking; asOf: string };
  /** Reads a font file; by default fetched from the app's /fonts/ (unit tests read the disk). */
  readFont?: FontReader;
}

function document({ view, messages, tracking }: SummaryPdfInput) {
  const translator = (namespace: "summary" | "pdf" | "tracking") =>
    createTranslator({ locale: view.locale, messages, namespace }) as unknown as Translate;
  const summary = summaryDocument(view, translator("summary"), translator("pdf"));
  if (!tracking) return summary;
  // The verdict pages as they are; the tracked state on a page of its own after them.
  const page = trackingPage(view, tracking.state, tracking.asOf, translator("tracking"));
  return { ...summary, blocks: [...summary.blocks, ...page] };
}

const fontOptions = (input: SummaryPdfInput) => ({
  readFont: input.readFont,
  fontCacheKey: input.readFont ? "custom" : undefined,
});

/**
 * Gets this summary's PDF ready without saving it (components/summary/download-pdf.tsx, on idle):
 * the fonts its text needs fetched and parsed, then one rendering thrown away, which lays out
 * and shapes every word once (kept for the next PDF) and lets the browser compile the layout's
 * hot code, so that the reader's first click is as fast as a second one.
 */
export async function prepareSummaryPdf(input: SummaryPdfInput): Promise<void> {
  await renderPdf(document(input), fontOptions(input));
}

export async function makeSummaryPdf(input: SummaryPdfInput): Promise<{ blob: Blob; fileName: string }> {
  const { view } = input;
  const bytes = await renderPdf(document(input), fontOptions(input));
  const date = view.facts.find((f) => f.id === "date")?.value ?? "";
  return {
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/pdf" }),
    fileName: summaryPdfFileName(view.project, date),
  };
}
