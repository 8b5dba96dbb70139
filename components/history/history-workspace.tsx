"use client";

import { useTranslations } from "next-intl";
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";

import type { Assessment } from "@/lib/assessment/assessment";
import { localDate } from "@/lib/assessment/dates";
import { engagementOf } from "@/lib/assessment/engagement";
import {
  DEFAULT_QUERY,
  filterRows,
  type HistoryQuery,
  PAGE_SIZE,
  parseQuery,
  serialiseQuery,
  type SortColumn,
  sortRows,
} from "@/lib/history/query";
import { useRouter } from "@/lib/i18n/navigation";
import { deleteAssessment, type HistoryRow, listHistory, reassess, restoreDeleted } from "@/lib/storage";

import { ConfirmDialog } from "../ui/confirm-dialog";
import { replaceLocationHash } from "../ui/use-location-hash";
import { useVocabulary } from "../ui/use-vocabulary";

import { ExportForm } from "./export-form";
import { HistoryFilters } from "./history-filters";
import { HistoryTable } from "./history-table";
import { ImportForm } from "./import-form";
import { Pager } from "./pager";
import { RegisterButton } from "./register-button";

/**
 * The history: every stored assessment as a light row (history-row.ts), filtered, sorted and
 * paged in memory. The view lives in the URL's fragment (#q=…&level=…), which can be bookmarked
 * and is never sent to a server; the search box filters as the user types (a deferred value, so
 * typing never waits for the table).
 */
/**
 * Storage (lib/storage) loads Dexie when a row is changed, or when there was no current database
 * to read as the page started: the list itself is read without it (history-route.tsx).
 */
const listHistoryRows = listHistory;

/** How long the address waits after a keystroke in the search box (one write per pause). */
const SEARCH_URL_DELAY_MS = 300;

/**
 * `firstRows`: the rows, read straight from IndexedDB as the page started (history-route.tsx),
 * while this code was still on its way; null when there was no current database to read (Dexie
 * then opens or upgrades it).
 */
type NewestRows = { rows: HistoryRow[]; total: number };

/**
 * `newestRows` (quick-read.ts readNewestRows): the first page in the default order, with the
 * count of everything stored. When more than a page is stored the history shows it while every
 * row is still being read (100,000 rows take seconds); anything but the default view waits for
 * the full list, and so do the register and the exports, which must never cover part of it.
 */
export default function HistoryWorkspace({
  firstRows,
  newestRows,
}: {
  firstRows: Promise<HistoryRow[] | null> | null;
  newestRows?: Promise<NewestRows | null> | null;
}) {
  const t = useTranslations("history");
  const router = useRouter();
  const vocab = useVocabulary();
  // The view is this component's state, read once from the URL's fragment and written back to
  // it: the search box never waits on a URL round trip, and a typed search lands in the address
  // once typing pauses.
  const [urlQuery, setQuery] = useState(() => parseQuery(new URLSearchParams(window.location.hash.slice(1))));
  const deferredSearch = useDeferredValue(urlQuery.q);
  const [rows, setRows] = useState<HistoryRow[] | null>(null);
  const [newest, setNewest] = useState<NewestRows | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [toDelete, setToDelete] = useState<HistoryRow | null>(null);
  const [undo, setUndo] = useState<Assessment | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const today = localDate();

  const reload = useCallback((pending: Promise<HistoryRow[]> = listHistoryRows()) => {
    pending.then(setRows).catch((error: unknown) => setLoadError(String(error)));
  }, []);
  const [first] = useState(() => firstRows?.then((rows) => rows ?? listHistoryRows()) ?? listHistoryRows());
  useEffect(() => reload(first), [reload, first]);
  useEffect(() => {
    let live = true;
    newestRows
      ?.then((found) => {
        if (live && found && found.total > PAGE_SIZE) setNewest(found);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [newestRows]);
  /** Only the newest page is in: the full list is still being read. */
  const reading = rows === null && newest !== null;
  const listed = rows ?? newest?.rows ?? null;

  const written = useRef(urlQuery);
  // A fragment changed from outside (edited address, back / forward) is the new view.
  useEffect(() => {
    const follow = () => {
      const query = parseQuery(new URLSearchParams(window.location.hash.slice(1)));
      written.current = query;
      setQuery(query);
    };
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);

  // Filters and sorting reach the address at once; typing once it pauses.
  useEffect(() => {
    if (serialiseQuery(urlQuery) === serialiseQuery(written.current)) return;
    const typing = urlQuery.q !== written.current.q;
    const timer = setTimeout(
      () => {
        written.current = urlQuery;
        replaceLocationHash(serialiseQuery(urlQuery));
      },
      typing ? SEARCH_URL_DELAY_MS : 0,
    );
    return () => clearTimeout(timer);
  }, [urlQuery]);

  const change = useCallback(
    (update: Partial<HistoryQuery>) => setQuery((q) => ({ ...q, page: 1, ...update })),
    [],
  );
  const onSearch = useCallback((value: string) => change({ q: value }), [change]);
  const onClear = useCallback(() => setQuery(DEFAULT_QUERY), []);
  const onSort = useCallback((column: SortColumn) => {
    const fresh = column === "date" ? "desc" : "asc";
    setQuery((q) => ({
      ...q,
      page: 1,
      sort: column,
      dir: q.sort !== column ? fresh : q.dir === "asc" ? "desc" : "asc",
    }));
  }, []);
  const onSelect = useCallback(
    (id: string, on: boolean) =>
      setSelected((s) => {
        const next = new Set(s);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    [],
  );

  const { sort, dir, level, decision, status, conditions, from, to } = urlQuery;
  // Sorted once per column change; each keystroke only filters (which keeps the order).
  const sorted = useMemo(() => (listed ? sortRows(listed, sort, dir) : []), [listed, sort, dir]);
  const shown = useMemo(() => {
    const query = { ...DEFAULT_QUERY, q: deferredSearch, level, decision, status, conditions, from, to };
    return filterRows(sorted, query, today);
  }, [sorted, deferredSearch, level, decision, status, conditions, from, to, today]);
  const projects = useMemo(() => new Map((listed ?? []).map((r) => [r.id, r.project])), [listed]);
  const projectOf = useCallback((id: string) => projects.get(id), [projects]);
  const shownIds = useMemo(() => shown.map((r) => r.id), [shown]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const page = Math.min(urlQuery.page, pages);
  const pageRows = useMemo(() => shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), [shown, page]);
  const onReassess = useCallback(
    (row: HistoryRow) => {
      setNotice(t("reassessing"));
      void reassess(row.id).then((draft) => router.push(`/assess/?id=${draft.id}`));
    },
    [t, router],
  );

  if (loadError) return <p role="alert">{t("loadFailed", { reason: loadError })}</p>;
  if (!listed || !vocab) return <p role="status">{t("loading")}</p>;

  const selectedIds = [...selected].filter((id) => projects.has(id));
  const nameOf = (row: { project: string }) => row.project || t("untitled");

  async function confirmDelete() {
    const row = toDelete;
    setToDelete(null);
    if (!row) return;
    const removed = await deleteAssessment(row.id);
    setSelected((s) => new Set([...s].filter((id) => id !== row.id)));
    setUndo(removed ?? null);
    setNotice(t("deleted", { name: nameOf(row) }));
    reload();
  }

  async function undoDelete() {
    if (!undo) return;
    await restoreDeleted(undo);
    setNotice(t("restored", { name: nameOf({ project: engagementOf(undo.answers).project ?? "" }) }));
    setUndo(null);
    reload();
  }

  const compare = () => {
    const [a, b] = selectedIds
      .map((id) => listed.find((r) => r.id === id)!)
      .sort((x, y) => x.createdAt.localeCompare(y.createdAt));
    if (a && b) router.push(`/compare/?a=${a.id}&b=${b.id}`);
  };

  return (
    <>
      <HistoryFilters
        vocab={vocab}
        query={urlQuery}
        search={urlQuery.q}
        onSearch={onSearch}
        onChange={change}
        onClear={onClear}
      />
      <div className="history-toolbar">
        <p role="status" data-testid="history-count">
          {reading
            ? t("countReading", { shown: pageRows.length, total: newest.total })
            : t("count", { shown: shown.length, total: listed.length })}
        </p>
        <p className="muted">{t("selected", { count: selectedIds.length })}</p>
        <button
          type="button"
          className="button button--secondary"
          disabled={selectedIds.length !== 2}
          onClick={compare}
        >
          {t("compareSelected")}
        </button>
        {reading ? null : <RegisterButton rows={shown} vocab={vocab} />}
      </div>
      <div className="history-notice" role="status" aria-live="polite">
        {notice ? (
          <p className="notice">
            {notice}{" "}
            {undo ? (
              <button type="button" className="button button--secondary" onClick={() => void undoDelete()}>
                {t("undo")}
              </button>
            ) : null}
          </p>
        ) : null}
      </div>
      {reading && serialiseQuery(urlQuery) !== "" ? (
        <p role="status">{t("loading")}</p>
      ) : listed.length === 0 ? (
        <p>{t("empty")}</p>
      ) : shown.length === 0 ? (
        <p>{t("noMatch")}</p>
      ) : (
        <>
          <HistoryTable
            vocab={vocab}
            rows={pageRows}
            sort={urlQuery.sort}
            dir={urlQuery.dir}
            today={today}
            projectOf={projectOf}
            selected={selected}
            onSelect={onSelect}
            onSort={onSort}
            onReassess={onReassess}
            onDelete={setToDelete}
          />
          {reading ? null : (
            <Pager page={page} pages={pages} onPage={(p) => setQuery((q) => ({ ...q, page: p }))} />
          )}
        </>
      )}
      <ConfirmDialog
        open={toDelete !== null}
        title={t("deleteTitle")}
        confirmLabel={t("deleteConfirm")}
        cancelLabel={t("cancel")}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setToDelete(null)}
      >
        <p>{toDelete ? t("deleteBody", { name: nameOf(toDelete) }) : null}</p>
      </ConfirmDialog>
      {reading ? null : <ExchangeSection selectedIds={selectedIds} shownIds={shownIds} onImported={reload} />}
    </>
  );
}

function ExchangeSection(props: { selectedIds: string[]; shownIds: string[]; onImported: () => void }) {
  const t = useTranslations("exchange");
  return (
    <section aria-labelledby="exchange-title" className="exchange">
      <h2 id="exchange-title">{t("title")}</h2>
      <p className="muted">{t("lead")}</p>
      <ExportForm selectedIds={props.selectedIds} shownIds={props.shownIds} />
      <ImportForm onImported={props.onImported} />
    </section>
  );
}
