// The portfolio view's figures (issue 29 item 3): the history rows the filters leave, counted per
// month or quarter by level and by decision, the decisive flags seen most often, and what needs
// attention (re-assessments due, drafts, damaged rows). Pure and one pass over the rows, so the
// view follows every filter and keystroke of the history (10,000 rows: a few milliseconds).
import { isReassessmentDue } from "@/lib/assessment/dates";
import { DECISIONS, type Decision, LEVELS, type Level } from "@/lib/checklist/types";
import type { HistoryRow } from "@/lib/storage/history-row";

export const PERIODS = ["month", "quarter"] as const;
export type Period = (typeof PERIODS)[number];

export interface PeriodCounts {
  /** "2026-03" for a month, "2026-Q1" for a quarter: sorts in time order. */
  key: string;
  total: number;
  levels: Record<Level, number>;
  decisions: Record<Decision, number>;
}

export interface Portfolio {
  /** Completed assessments per period, oldest first (periods without any are left out). */
  periods: PeriodCounts[];
  /** Decisive flags (the flags that set a level) by how many completed assessments they decided. */
  flags: { slug: string; count: number }[];
  completed: number;
  drafts: number;
  due: number;
  damaged: number;
  /**
   * Open conditions and approvals over the rows whose verdict has any to track (`conditions`,
   * lib/tracking); undefined while no row does.
   */
  openConditions?: number;
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** The period a completion date (ISO, UTC as stored) falls in. */
export function periodOf(iso: string, period: Period): string {
  const year = iso.slice(0, 4);
  const month = Number(iso.slice(5, 7));
  return period === "month" ? iso.slice(0, 7) : `${year}-Q${Math.ceil(month / 3)}`;
}

export function portfolioOf(
  rows: readonly HistoryRow[],
  period: Period,
  today: string,
  topFlags = 10,
): Portfolio {
  const periods = new Map<string, PeriodCounts>();
  const flags = new Map<string, number>();
  let completed = 0;
  let drafts = 0;
  let due = 0;
  let damaged = 0;
  let openConditions: number | undefined;
  for (const row of rows) {
    if (row.damaged) {
      damaged++;
      continue;
    }
    if (row.conditions) openConditions = (openConditions ?? 0) + row.conditions.open;
    if (row.status === "draft") {
      drafts++;
      continue;
    }
    completed++;
    if (isReassessmentDue(row, today)) due++;
    for (const slug of row.decisiveFlags ?? []) flags.set(slug, (flags.get(slug) ?? 0) + 1);
    if (!row.completedAt || !row.level || !row.decision) continue;
    const key = periodOf(row.completedAt, period);
    let counts = periods.get(key);
    if (!counts)
      periods.set(key, (counts = { key, total: 0, levels: zeros(LEVELS), decisions: zeros(DECISIONS) }));
    counts.total++;
    counts.levels[row.level]++;
    counts.decisions[row.decision]++;
  }
  return {
    periods: [...periods.values()].sort((a, b) => (a.key < b.key ? -1 : 1)),
    flags: [...flags]
      .map(([slug, count]) => ({ slug, count }))
      .sort((a, b) => b.count - a.count || (a.slug < b.slug ? -1 : 1))
      .slice(0, topFlags),
    completed,
    drafts,
    due,
    damaged,
    ...(openConditions === undefined ? {} : { openConditions }),
  };
}
