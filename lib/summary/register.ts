// The compliance register: one line per history row, its engagement facts worded as the summary
// words them (the client with its country, the assessor with their role, "not answered" where the
// summary says so), and its level, decision, status and sign-off in the page's language.
import type { Locale, Translate } from "@/lib/base/locale";
import type { Answers } from "@/lib/checklist/types";
import { localDate } from "@/lib/assessment/dates";
import { conditionsMatch, rowDate } from "@/lib/history/query";
import type { RegisterColumn } from "@/lib/history/register-csv";
import type { ChecklistText } from "@/lib/i18n/checklist-text";
import type { HistoryRow } from "@/lib/storage/history-row";

import { type EngagementFactId, type EngagementFacts, engagementFacts } from "./engagement-facts";

export type RegisterLine = { row: HistoryRow; facts: EngagementFacts };

/**
 * `answers[i]` are the stored answers of `rows[i]`; where they could not be read (a damaged
 * record), the row's own fields stand in: the client's and the assessor's names alone.
 */
export function registerLines(
  rows: readonly HistoryRow[],
  answers: readonly (Answers | undefined)[],
  locale: Locale,
): RegisterLine[] {
  return rows.map((row, i) => {
    const stored = answers[i];
    if (stored) return { row, facts: engagementFacts(stored, locale) };
    const given = (value: string) => value || undefined;
    return {
      row,
      facts: {
        project: given(row.project),
        // History rows store the client under its old name, `counterparty` (history-row.ts).
        client: given(row.counterparty),
        endClient: given(row.endClient),
        assessor: given(row.assessor),
      },
    };
  });
}

/**
 * `th`: the `history` namespace; `ts`: the `summary` namespace; `text`: level and decision names;
 * `tt`: the `tracking.history` namespace (the tracked conditions' counts).
 */
export function registerColumns(
  th: Translate,
  ts: Translate,
  text: ChecklistText,
  tt: Translate,
): RegisterColumn<RegisterLine>[] {
  const today = localDate();
  const fact = (id: EngagementFactId) => (line: RegisterLine) => line.facts[id] ?? ts("notAnswered");
  return [
    { header: "id", value: ({ row }) => row.id },
    { header: th("col.project"), value: fact("project") },
    { header: th("col.client"), value: fact("client") },
    { header: th("col.endClient"), value: fact("endClient") },
    { header: th("col.level"), value: ({ row }) => (row.level ? text.level(row.level) : "") },
    { header: th("col.decision"), value: ({ row }) => (row.decision ? text.decision(row.decision) : "") },
    {
      header: th("col.status"),
      value: ({ row }) =>
        row.damaged
          ? th("statusDamaged")
          : row.status === "draft"
            ? th("statusDraft")
            : th("statusCompleted"),
    },
    { header: th("signOffCol"), value: ({ row }) => (row.signOff ? th(`signOff.${row.signOff}`) : "") },
    { header: th("col.assessor"), value: fact("assessor") },
    { header: th("col.date"), value: ({ row }) => (row.damaged ? "" : rowDate(row).slice(0, 10)) },
    { header: ts("completedAt"), value: ({ row }) => row.completedAt?.slice(0, 10) ?? "" },
    { header: th("reassessByCol"), value: ({ row }) => row.reassessBy ?? "" },
    { header: th("col.version"), value: ({ row }) => row.checklistVersion },
    { header: "reassessedFrom", value: ({ row }) => row.reassessedFrom ?? "" },
    // Tracked conditions and approvals (lib/tracking): the counts, and the clearance's date.
    { header: tt("csvTotal"), value: ({ row }) => (row.conditions ? String(row.conditions.total) : "") },
    { header: tt("csvOpen"), value: ({ row }) => (row.conditions ? String(row.conditions.open) : "") },
    {
      header: tt("csvOverdue"),
      value: ({ row }) => (row.conditions ? tt(conditionsMatch(row, "overdue", today) ? "yes" : "no") : ""),
    },
    { header: tt("csvCleared"), value: ({ row }) => row.conditions?.cleared?.slice(0, 10) ?? "" },
  ];
}
