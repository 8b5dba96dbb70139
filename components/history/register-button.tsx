"use client";

import { useTranslations } from "next-intl";

import { localDate } from "@/lib/assessment/dates";
import { conditionsMatch, rowDate } from "@/lib/history/query";
import type { ChecklistText } from "@/lib/i18n/checklist-text";
import { type RegisterColumn, registerCsv } from "@/lib/history/register-csv";
import type { HistoryRow } from "@/lib/storage";

import { downloadText } from "./download";

/** The compliance register: the rows shown (filters applied) as CSV, headers in the user's language. */
export function RegisterButton({ rows, vocab }: { rows: readonly HistoryRow[]; vocab: ChecklistText }) {
  const t = useTranslations("history");
  const tc = useTranslations("summary");
  const tt = useTranslations("tracking.history");
  function download() {
    const columns: RegisterColumn[] = [
      { header: "id", value: (r) => r.id },
      { header: t("col.project"), value: (r) => r.project },
      { header: t("col.counterparty"), value: (r) => r.counterparty },
      { header: t("col.endClient"), value: (r) => r.endClient },
      { header: t("col.level"), value: (r) => (r.level ? vocab.level(r.level) : "") },
      { header: t("col.decision"), value: (r) => (r.decision ? vocab.decision(r.decision) : "") },
      {
        header: t("col.status"),
        value: (r) => (r.status === "draft" ? t("statusDraft") : t("statusCompleted")),
      },
      { header: t("signOffCol"), value: (r) => (r.signOff ? t(`signOff.${r.signOff}`) : "") },
      { header: t("col.assessor"), value: (r) => r.assessor },
      { header: t("col.date"), value: (r) => rowDate(r).slice(0, 10) },
      { header: tc("completedAt"), value: (r) => r.completedAt?.slice(0, 10) ?? "" },
      { header: t("reassessByCol"), value: (r) => r.reassessBy ?? "" },
      { header: t("col.version"), value: (r) => r.checklistVersion },
      { header: "reassessedFrom", value: (r) => r.reassessedFrom ?? "" },
      // Tracked conditions and approvals (lib/tracking): the counts, and the clearance's date.
      { header: tt("csvTotal"), value: (r) => (r.conditions ? String(r.conditions.total) : "") },
      { header: tt("csvOpen"), value: (r) => (r.conditions ? String(r.conditions.open) : "") },
      {
        header: tt("csvOverdue"),
        value: (r) => (r.conditions ? tt(conditionsMatch(r, "overdue", localDate()) ? "yes" : "no") : ""),
      },
      { header: tt("csvCleared"), value: (r) => r.conditions?.cleared?.slice(0, 10) ?? "" },
    ];
    const date = new Date().toISOString().slice(0, 10);
    downloadText(
      registerCsv(rows, columns),
      `commission-check-register-${date}.csv`,
      "text/csv;charset=utf-8",
    );
  }
  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={download}
      disabled={rows.length === 0}
      title={t("registerHelp")}
    >
      {t("register")}
    </button>
  );
}
