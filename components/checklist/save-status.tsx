"use client";

import { useTranslations } from "next-intl";

import type { Answers } from "@/lib/checklist/types";

import type { SaveState } from "./use-autosave";

type Props = { state: SaveState; id: string; checklistVersion: string; answers: Answers; step: string };

/** "Saved" status, and when the browser refuses to store: a warning with a download of the answers. */
export function SaveStatus({ state, id, checklistVersion, answers, step }: Props) {
  const t = useTranslations("assess.save");
  if (state.status === "completedElsewhere") {
    return (
      <p role="alert" className="save-status save-status--failed">
        {t("completedElsewhere")}
      </p>
    );
  }
  if (state.status === "failed") {
    const file = JSON.stringify({ id, checklistVersion, step, answers }, null, 2);
    const href = `data:application/json;charset=utf-8,${encodeURIComponent(file)}`;
    return (
      <div role="alert" className="save-status save-status--failed">
        <strong>{t("failed")}.</strong> {t("failedBody", { reason: state.reason ?? "?" })}{" "}
        <a className="button button--secondary" href={href} download={`commission-check-answers-${id}.json`}>
          {t("download")}
        </a>
      </div>
    );
  }
  return (
    <p className="save-status" role="status" aria-live="polite" data-save-status={state.status}>
      {state.status === "saving" ? t("saving") : state.status === "saved" ? t("saved") : ""}
    </p>
  );
}
