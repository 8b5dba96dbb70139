"use client";

import { useMessages, useTranslations } from "next-intl";
import { useState } from "react";

import type { Assessment } from "@/lib/assessment/assessment";
import type { Checklist } from "@/lib/checklist/types";
import type { ChecklistText } from "@/lib/i18n/checklist-text";
import type { RiskSummary } from "@/lib/risk/evaluate-risk";
import type { SummaryView } from "@/lib/summary/summary-view";

import { useSummaryView } from "./use-summary-view";

type Props = {
  assessment: Assessment;
  checklist: Checklist;
  text: ChecklistText;
  summary: RiskSummary;
  /** The view the page shows, when it has one (an example's says "Example"). */
  view?: SummaryView;
};

type State =
  | { status: "idle" }
  | { status: "working"; step: "loading" | "drawing" }
  | { status: "done"; file: string }
  | { status: "failed"; error: string };

const TIMEOUT_MS = 60_000;

/**
 * "Download PDF": loads the PDF code (pdfkit and the layout engine, about 230 KB gzip) and the
 * fonts on the first click, then draws the summary's view model into a file in the browser.
 */
export function DownloadPdf({ assessment, checklist, text, summary, view: shown }: Props) {
  const t = useTranslations("pdf");
  const messages = useMessages();
  const own = useSummaryView(assessment, checklist, text, summary);
  const view = shown ?? own;
  const [state, setState] = useState<State>({ status: "idle" });

  async function download() {
    setState({ status: "working", step: "loading" });
    try {
      const { makeSummaryPdf } = await import("@/lib/pdf/make-summary-pdf");
      setState({ status: "working", step: "drawing" });
      // A font that never arrives must not leave the button busy for ever.
      const { blob, fileName } = await Promise.race([
        makeSummaryPdf({ view, messages }),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(t("timeout"))), TIMEOUT_MS)),
      ]);
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState({ status: "done", file: fileName });
    } catch (error) {
      setState({ status: "failed", error: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => void download()}
        disabled={state.status === "working"}
        aria-busy={state.status === "working"}
        data-pdf-status={state.status}
      >
        {t("download")}
      </button>
      <p role="status" aria-live="polite" className="save-status pdf-status">
        {state.status === "working" ? (state.step === "loading" ? t("loading") : t("generating")) : null}
        {state.status === "done" ? t("ready", { file: state.file }) : null}
      </p>
      {state.status === "failed" ? (
        <p role="alert" className="error-summary pdf-status">
          {t("failed", { error: state.error })}
        </p>
      ) : null}
    </>
  );
}
