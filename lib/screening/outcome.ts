// What a screening record amounts to, as plain data: the answers it gives to the list questions,
// and the rows every renderer (the identity step, the summary, the PDF) draws.
import type { NameRole, RecordedHit, ScreenedList, ScreeningRecord } from "./record";
import { type ListScope, LIST_SCOPES, SCOPE_QUESTION } from "./types";

export type ScopeOutcome = "confirmed" | "no_match" | "pending";

/** Per scope that was screened: a confirmed match, no match (every possible one dismissed), or open. */
export function scopeOutcomes(record: ScreeningRecord): Partial<Record<ListScope, ScopeOutcome>> {
  const out: Partial<Record<ListScope, ScopeOutcome>> = {};
  for (const scope of LIST_SCOPES) {
    const ids = new Set(record.lists.filter((l) => l.scope === scope).map((l) => l.id));
    if (ids.size === 0) continue;
    const hits = record.hits.filter((h) => ids.has(h.listId));
    out[scope] = hits.some((h) => h.decision === "confirmed")
      ? "confirmed"
      : hits.some((h) => h.decision === "pending")
        ? "pending"
        : "no_match";
  }
  return out;
}

/** The answers the record gives: "yes" on a confirmed match, "no" when nothing matched. */
export function screeningAnswers(record: ScreeningRecord): Record<string, "yes" | "no"> {
  const answers: Record<string, "yes" | "no"> = {};
  for (const [scope, outcome] of Object.entries(scopeOutcomes(record)) as [ListScope, ScopeOutcome][]) {
    if (outcome === "confirmed") answers[SCOPE_QUESTION[scope]] = "yes";
    if (outcome === "no_match") answers[SCOPE_QUESTION[scope]] = "no";
  }
  return answers;
}

export interface RecordRows {
  screenedAt: string;
  lists: ScreenedList[];
  /** Per scope: the outcome and the lists (with their dates) it rests on. */
  outcomes: { scope: ListScope; outcome: ScopeOutcome; lists: ScreenedList[] }[];
  names: {
    role: NameRole;
    name: string;
    hits: (RecordedHit & { listName: string; listAsOf: string })[];
  }[];
}

/** The record as rows: lists, the outcome per question, and each name with its decided hits. */
export function recordRows(record: ScreeningRecord): RecordRows {
  const listsById = new Map(record.lists.map((l) => [l.id, l]));
  const outcomes = Object.entries(scopeOutcomes(record)).map(([scope, outcome]) => ({
    scope: scope as ListScope,
    outcome: outcome,
    lists: record.lists.filter((l) => l.scope === scope),
  }));
  return {
    screenedAt: record.screenedAt,
    lists: record.lists,
    outcomes,
    names: record.names.map(({ role, name }) => ({
      role,
      name,
      hits: record.hits
        .filter((h) => h.role === role && h.name === name)
        .map((h) => ({
          ...h,
          listName: listsById.get(h.listId)?.name ?? h.listId,
          listAsOf: listsById.get(h.listId)?.asOf ?? "",
        })),
    })),
  };
}

/** Whole days from `asOf` (YYYY-MM-DD) to `today` (YYYY-MM-DD). */
export function listAgeDays(asOf: string, today: string): number {
  return Math.round((Date.parse(today) - Date.parse(asOf)) / 86_400_000);
}

/** A list older than this many days is flagged as stale. */
export const STALE_AFTER_DAYS = 90;
