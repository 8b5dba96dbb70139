// The history view as data: what the URL holds (search, filters, sort, page) and the pure
// functions that apply it to history rows. Search is a substring match on a pre-lowered field,
// so filtering 10,000 rows is one pass of string comparisons (a few milliseconds).
import { isReassessmentDue } from "@/lib/assessment/dates";
import { DECISIONS, type Decision, LEVELS, type Level } from "@/lib/checklist/types";
import type { HistoryRow } from "@/lib/storage/history-row";

export const SORT_COLUMNS = [
  "project",
  "counterparty",
  "endClient",
  "level",
  "decision",
  "status",
  "assessor",
  "date",
  "version",
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export const STATUSES = ["draft", "completed", "due"] as const;
export type StatusFilter = (typeof STATUSES)[number];

/** Tracked conditions (lib/tracking): some open, cleared, or an open one past its due date. */
export const CONDITION_FILTERS = ["open", "cleared", "overdue"] as const;
export type ConditionFilter = (typeof CONDITION_FILTERS)[number];

export interface HistoryQuery {
  q: string;
  conditions?: ConditionFilter;
  level?: Level;
  decision?: Decision;
  status?: StatusFilter;
  /** YYYY-MM-DD, inclusive, on the completed (else updated) date. */
  from?: string;
  to?: string;
  sort: SortColumn;
  dir: "asc" | "desc";
  page: number;
}

export const DEFAULT_QUERY: HistoryQuery = { q: "", sort: "date", dir: "desc", page: 1 };
export const PAGE_SIZE = 50;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : undefined;

export function parseQuery(params: { get(name: string): string | null }): HistoryQuery {
  const from = params.get("from");
  const to = params.get("to");
  const page = Number(params.get("page"));
  return {
    q: params.get("q") ?? "",
    level: oneOf(LEVELS, params.get("level")),
    decision: oneOf(DECISIONS, params.get("decision")),
    status: oneOf(STATUSES, params.get("status")),
    conditions: oneOf(CONDITION_FILTERS, params.get("conditions")),
    from: from && DATE.test(from) ? from : undefined,
    to: to && DATE.test(to) ? to : undefined,
    sort: oneOf(SORT_COLUMNS, params.get("sort")) ?? DEFAULT_QUERY.sort,
    dir: params.get("dir") === "asc" ? "asc" : "desc",
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The query string of a view; defaults are left out so URLs stay short. */
export function serialiseQuery(query: HistoryQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const key of ["level", "decision", "status", "conditions", "from", "to"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  if (query.sort !== DEFAULT_QUERY.sort || query.dir !== DEFAULT_QUERY.dir) {
    params.set("sort", query.sort);
    params.set("dir", query.dir);
  }
  if (query.page > 1) params.set("page", String(query.page));
  return params.toString();
}

export const rowDate = (row: HistoryRow) => row.completedAt ?? row.updatedAt;

/** The rows the query asks for, in the order they came in (so a sorted list stays sorted). */
export function filterRows(rows: readonly HistoryRow[], query: HistoryQuery, today: string): HistoryRow[] {
  const needle = query.q.trim().toLocaleLowerCase();
  return rows.filter((row) => {
    if (needle && !row.search.includes(needle)) return false;
    if (query.level && row.level !== query.level) return false;
    if (query.decision && row.decision !== query.decision) return false;
    if (query.status === "due" ? !isReassessmentDue(row, today) : query.status && row.status !== query.status)
      return false;
    if (query.conditions && !conditionsMatch(row, query.conditions, today)) return false;
    const day = rowDate(row).slice(0, 10);
    if (query.from && day < query.from) return false;
    if (query.to && day > query.to) return false;
    return true;
  });
}

/** Whether a row's tracked conditions are as the filter asks (rows without any never match). */
export function conditionsMatch(row: HistoryRow, filter: ConditionFilter, today: string): boolean {
  const c = row.conditions;
  if (!c) return false;
  if (filter === "cleared") return c.cleared !== undefined;
  if (filter === "overdue") return c.open > 0 && c.nextDue !== undefined && c.nextDue < today;
  return c.open > 0;
}

function sortKey(row: HistoryRow, column: SortColumn): string | number {
  switch (column) {
    case "project":
    case "counterparty":
    case "endClient":
    case "assessor":
      return row[column].toLocaleLowerCase();
    case "level":
      return row.level ? LEVELS.indexOf(row.level) : -1;
    case "decision":
      return row.decision ? DECISIONS.indexOf(row.decision) : -1;
    case "status":
      return row.status;
    case "date":
      return rowDate(row);
    case "version":
      return row.checklistVersion;
  }
}

/** Sorted copy; ties keep the newest first, so the order is stable across reloads. */
export function sortRows(rows: readonly HistoryRow[], sort: SortColumn, dir: "asc" | "desc"): HistoryRow[] {
  const sign = dir === "asc" ? 1 : -1;
  const keyed = rows.map((row) => ({ row, key: sortKey(row, sort), date: rowDate(row) }));
  keyed.sort((a, b) => {
    if (a.key < b.key) return -sign;
    if (a.key > b.key) return sign;
    return a.date < b.date ? 1 : a.date > b.date ? -1 : 0;
  });
  return keyed.map((k) => k.row);
}
