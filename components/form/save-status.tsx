"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";

import type { Assessment } from "@/lib/assessment/assessment";
import type { Answers } from "@/lib/checklist/types";
import type { SaveState } from "./use-autosave";

// The export code loads only when a save has failed.
const DraftDownload = dynamic(() => import("./draft-download"), { ssr: false });

type Props = { state: SaveState; draft: Assessment; answers: Answers; step: string };

/**
 * "Saved" status, and when the browser refuses to store: a warning with a download of the draft
 * as it stands on screen, as an export file that the history's import (here, once storing works
 * again, or in another browser) brings back.
 */
export function SaveStatus({ state, draft, answers, step }: Props) {
  const t = useTranslations("assess.save");
  if (state.status === "completedElsewhere") {
    return (
      <p role="alert" className="save-status save-status--failed">
        {t("completedElsewhere")}
      </p>
    );
  }
  if (state.status === "failed") {
    return (
      <div role="alert" className="save-status save-status--failed">
        <strong>{t("failed")}.</strong> {t("failedBody", { reason: state.reason ?? "?" })}{" "}
        <DraftDownload draft={draft} answers={answers} step={step} />
      </div>
    );
  }
  return (
    <p className="save-status" role="status" aria-live="polite" data-save-status={state.status}>
      {state.status === "saving" ? t("saving") : state.status === "saved" ? t("saved") : ""}
    </p>
  );
}
