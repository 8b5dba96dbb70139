"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";

import type { Translate } from "@/lib/base/locale";
import { registerCsv } from "@/lib/history/register-csv";
import type { ChecklistText } from "@/lib/i18n/checklist-text";
import { isLocale } from "@/lib/i18n/routing";
import { type HistoryRow, readAnswersOf } from "@/lib/storage";

import { downloadText } from "./download";

type State = { status: "idle" | "preparing" } | { status: "failed"; error: string };

/**
 * The compliance register: the rows shown (filters applied) as CSV, headers in the user's
 * language, each engagement fact as the summary shows it (read from the stored answers, and the
 * register's columns loaded, on the click).
 */
export function RegisterButton({ rows, vocab }: { rows: readonly HistoryRow[]; vocab: ChecklistText }) {
  const t = useTranslations("history");
  const ts = useTranslations("summary");
  const tt = useTranslations("tracking.history");
  const locale = useLocale();
  const [state, setState] = useState<State>({ status: "idle" });
  async function download() {
    setState({ status: "preparing" });
    try {
      const [answers, { registerColumns, registerLines }] = await Promise.all([
        readAnswersOf(rows.map((r) => r.id)),
        import("@/lib/summary/register"),
      ]);
      const lines = registerLines(rows, answers, isLocale(locale) ? locale : "en");
      const columns = registerColumns(
        t as unknown as Translate,
        ts as unknown as Translate,
        vocab,
        tt as unknown as Translate,
      );
      const date = new Date().toISOString().slice(0, 10);
      downloadText(
        registerCsv(lines, columns),
        `commission-check-register-${date}.csv`,
        "text/csv;charset=utf-8",
      );
      setState({ status: "idle" });
    } catch (error) {
      setState({ status: "failed", error: error instanceof Error ? error.message : String(error) });
    }
  }
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void download()}
        disabled={rows.length === 0 || state.status === "preparing"}
        aria-busy={state.status === "preparing"}
        title={t("registerHelp")}
      >
        {t("register")}
      </button>
      {state.status === "failed" ? (
        <p role="alert" className="error-summary">
          {t("registerFailed", { error: state.error })}
        </p>
      ) : null}
    </>
  );
}
