// The history's first read (quick-read.ts readHistory), started as the history's route component
// first renders, before its workspace's code has arrived. Rows are checked (row-check.ts, loaded
// alongside the read) before the history sees them.
import type { HistoryRow } from "./history-row";
import { type NewestRows, readHistory } from "./quick-read";

export type HistoryReads = {
  /** A large store's first page in the default order and its count; null for a smaller store. */
  newestRows: Promise<NewestRows | null>;
  /** Every row; null when there is no current database (the history then reads through Dexie). */
  firstRows: Promise<HistoryRow[] | null>;
};

/**
 * Starts the read; `pageSize` rows are the first page of a large store. A failure is null: the
 * history then reads through Dexie.
 */
export function startHistoryReads(pageSize: number): HistoryReads {
  let newest: (found: NewestRows | null) => void = () => {};
  const found = new Promise<NewestRows | null>((resolve) => (newest = resolve));
  const checking = import("./row-check");
  const read = readHistory(pageSize, newest)
    .catch(() => null)
    .finally(() => newest(null));
  const firstRows = Promise.all([read, checking]).then(([rows, { checkRows }]) => rows && checkRows(rows));
  const newestRows = Promise.all([found, checking]).then(
    ([page, { checkRows }]) => page && { rows: checkRows(page.rows), total: page.total },
  );
  return { newestRows, firstRows };
}
