"use client";

import { useTranslations } from "next-intl";

import type { Assessment } from "@/lib/assessment/assessment";
import type { Answers } from "@/lib/checklist/types";
import { exportFileName, plainExport } from "@/lib/storage";

type Props = { draft: Assessment; answers: Answers; step: string };

/**
 * The draft as it stands on screen, as an export file that the history's import brings back
 * (save-status.tsx shows it when the browser refuses to store; the export code loads then).
 */
export default function DraftDownload({ draft, answers, step }: Props) {
  const t = useTranslations("assess.save");
  const now = new Date();
  const file = plainExport([{ ...draft, answers, step, updatedAt: now.toISOString() }], now);
  const href = `data:application/json;charset=utf-8,${encodeURIComponent(file)}`;
  return (
    <a className="button button--secondary" href={href} download={exportFileName(1, false, now)}>
      {t("download")}
    </a>
  );
}
