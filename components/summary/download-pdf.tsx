"use client";

import { useMessages, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

import { localDate } from "@/lib/assessment/dates";
import { requestFaces } from "@/lib/pdf/layout/font-requests";
import type { SummaryView } from "@/lib/summary/summary-view";
import type { Tracking } from "@/lib/tracking/model";

type Props = {
  /** The view the page shows, built once by the page (useSummaryView): the PDF draws the same. */
  view: SummaryView;
  /** The tracked conditions and approvals as the page shows them, for the PDF's page of them. */
  tracked?: Tracking | null;
};

type State =
  | { status: "idle" }
  | { status: "working"; step: "loading" | "drawing" }
  | { status: "done"; file: string }
  | { status: "failed"; error: string };

const TIMEOUT_MS = 60_000;
/**
 * How long the summary stays on screen before the PDF code and fonts load in the background:
 * well after the page's own first load has settled, so the page is never slowed by a PDF it
 * may not be asked for (bench/first-load counts scripts until the network is quiet for 0.7 s).
 */
const PREPARE_AFTER_MS = 2_500;

/** Runs `task` when the browser is idle (or after a moment where it cannot say). */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(task, { timeout: 2_000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 200);
  return () => clearTimeout(id);
}

/** Views whose faces were asked for: hovering the button again does not read the view again. */
const facesRequested = new WeakSet<SummaryView>();

/**
 * Loads the PDF code and, alongside it, fetches the text faces this summary's PDF draws with (from
 * a module of a few hundred bytes in the page, so the fonts do not wait for pdfkit to arrive and
 * compile). `words` is a phrase in the page's language: with the view's own text it decides Latin
 * or CJK faces.
 */
function loadPdfMaker(view: SummaryView, words: string) {
  if (!facesRequested.has(view)) {
    facesRequested.add(view);
    requestFaces(JSON.stringify(view) + words);
  }
  return import("@/lib/pdf/make-summary-pdf");
}

/**
 * "Download PDF": loads the PDF code (pdfkit and the PDF layout, about 165 KB gzip) and the
 * fonts on the first click, then draws the summary's view model into a file in the browser.
 */
export function DownloadPdf({ view, tracked }: Props) {
  const t = useTranslations("pdf");
  const messages = useMessages();
  const [state, setState] = useState<State>({ status: "idle" });
  const latest = useRef({ view, messages, words: t("download") });
  /** Set by the first click: from then on there is nothing left to prepare. */
  const clicked = useRef(false);
  useEffect(() => {
    latest.current = { view, messages, words: t("download") };
  });

  // A summary that stays on screen gets its PDF ready in the background: the PDF code loaded,
  // the fonts its text needs fetched (from the app's own /fonts/) and parsed, and one PDF drawn
  // and thrown away (prepareSummaryPdf), so that the first click is as fast as a second one.
  // A failure here is left to the click, which reports it.
  useEffect(() => {
    let cancelIdle = () => {};
    const timer = setTimeout(() => {
      cancelIdle = whenIdle(() => {
        if (clicked.current) return;
        void loadPdfMaker(latest.current.view, latest.current.words)
          .then(({ prepareSummaryPdf }) => prepareSummaryPdf(latest.current))
          .catch(() => {});
      });
    }, PREPARE_AFTER_MS);
    return () => {
      clearTimeout(timer);
      cancelIdle();
    };
  }, []);

  async function download() {
    clicked.current = true;
    setState({ status: "working", step: "loading" });
    try {
      const { makeSummaryPdf } = await loadPdfMaker(view, t("download"));
      setState({ status: "working", step: "drawing" });
      // A font that never arrives must not leave the button busy for ever.
      const { blob, fileName } = await Promise.race([
        makeSummaryPdf({
          view,
          messages,
          ...(tracked ? { tracking: { state: tracked, asOf: localDate() } } : {}),
        }),
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
        // A pointer on its way to the button, or focus arriving by keyboard, usually comes a few
        // hundred milliseconds before the click: time to start fetching the PDF code and fonts.
        onPointerEnter={() => void loadPdfMaker(view, t("download")).catch(() => {})}
        onFocus={() => void loadPdfMaker(view, t("download")).catch(() => {})}
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
