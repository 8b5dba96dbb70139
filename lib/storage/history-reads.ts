// The history's first read (quick-read.ts readHistory), started as early as the page allows: by a
// small inline script in the history page's HTML (history-preread.ts, run while the HTML is parsed,
// before React hydrates), else as the history's route component first renders.
import { PAGE_SIZE } from "@/lib/history/query";

import type { HistoryRow } from "./history-row";
import { type NewestRows, readHistory } from "./quick-read";

export type HistoryReads = {
  /** A large store's first page in the default order and its count; null for a smaller store. */
  newestRows: Promise<NewestRows | null>;
  /** Every row; null when there is no current database (the history then reads through Dexie). */
  firstRows: Promise<HistoryRow[] | null>;
};

/** Starts the read. A failure is null: the history then reads through Dexie. */
function startHistoryReads(): HistoryReads {
  let newest: (found: NewestRows | null) => void = () => {};
  const newestRows = new Promise<NewestRows | null>((resolve) => (newest = resolve));
  const firstRows = readHistory(PAGE_SIZE, newest)
    .catch(() => null)
    .finally(() => newest(null));
  return { newestRows, firstRows };
}

/** Where the page's inline script leaves the read it started. */
const STARTED = "__commissionCheckHistoryReads";
type Started = { [STARTED]?: HistoryReads };

/** For the page's inline script: starts the read and leaves it for the history to take. */
export function publishHistoryReads(): void {
  (globalThis as Started)[STARTED] = startHistoryReads();
}

/**
 * The read the page's inline script started, once: a later visit to the history by an in-app link
 * (whose HTML is not loaded again) starts its own, so it never shows rows read before.
 */
export function takeHistoryReads(): HistoryReads {
  const global = globalThis as Started;
  const started = global[STARTED];
  delete global[STARTED];
  return started ?? startHistoryReads();
}
