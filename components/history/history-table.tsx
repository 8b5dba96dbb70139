"use client";

import { useTranslations } from "next-intl";
import { memo } from "react";

import { useDates } from "@/components/ui/use-dates";
import { TableScroll } from "@/components/ui/table-scroll";
import { isReassessmentDue } from "@/lib/assessment/dates";
import { type HistoryQuery, rowDate, SORT_COLUMNS, type SortColumn } from "@/lib/history/query";
import type { ChecklistText } from "@/lib/i18n/checklist-text";
import { Link } from "@/lib/i18n/navigation";
import type { HistoryRow } from "@/lib/storage";

import { LevelBadge } from "../summary/level-badge";

import { useConditionsText } from "./conditions-cell";

type Props = {
  /** The words for levels and decisions (useVocabulary). */
  vocab: ChecklistText;
  rows: readonly HistoryRow[];
  sort: HistoryQuery["sort"];
  dir: HistoryQuery["dir"];
  today: string;
  projectOf: (id: string) => string | undefined;
  selected: ReadonlySet<string>;
  onSelect: (id: string, on: boolean) => void;
  onSort: (column: SortColumn) => void;
  onReassess: (row: HistoryRow) => void;
  onDelete: (row: HistoryRow) => void;
};

/**
 * One page of the history; headers sort, each row opens, re-assesses or deletes. Memoised: a
 * keystroke in the search box re-renders the table only once the filtered page changes.
 */
export const HistoryTable = memo(function HistoryTable({
  vocab,
  rows,
  sort,
  dir,
  today,
  projectOf,
  selected,
  onSelect,
  onSort,
  onReassess,
  onDelete,
}: Props) {
  const t = useTranslations("history");
  const tc = useTranslations("tracking.history");
  const conditions = useConditionsText(today);
  return (
    <TableScroll labelledBy="history-caption">
      <table className="history-table" data-testid="history-table">
        <caption id="history-caption" className="visually-hidden">
          {t("tableCaption")}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t("selected", { count: selected.size })}</span>
            </th>
            {SORT_COLUMNS.map((column) => {
              const active = sort === column;
              return (
                <th
                  key={column}
                  scope="col"
                  aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}
                >
                  <button
                    type="button"
                    className="link-button"
                    data-sort={column}
                    onClick={() => onSort(column)}
                    aria-label={t("sortBy", { column: t(`col.${column}`) })}
                  >
                    {t(`col.${column}`)}
                    {active ? <span aria-hidden="true">{dir === "asc" ? " ▲" : " ▼"}</span> : null}
                  </button>
                </th>
              );
            })}
            <th scope="col">{tc("col")}</th>
            <th scope="col">{t("actions")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <HistoryTableRow
              key={row.id}
              vocab={vocab}
              row={row}
              due={isReassessmentDue(row, today)}
              conditions={conditions(row)}
              source={row.reassessedFrom ? projectOf(row.reassessedFrom) : undefined}
              selected={selected.has(row.id)}
              onSelect={onSelect}
              onReassess={onReassess}
              onDelete={onDelete}
            />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
});

type RowProps = {
  vocab: ChecklistText;
  row: HistoryRow;
  due: boolean;
  /** Its tracked conditions in words (useConditionsText), "" without any. */
  conditions: string;
  /** The project name of the assessment this one re-assesses, if it is still stored. */
  source: string | undefined;
  selected: boolean;
  onSelect: (id: string, on: boolean) => void;
  onReassess: (row: HistoryRow) => void;
  onDelete: (row: HistoryRow) => void;
};

/** One row: its own component, so React renders a page row by row and keeps rows that stay. */
const HistoryTableRow = memo(function HistoryTableRow({
  vocab,
  row,
  due,
  conditions,
  source,
  selected,
  onSelect,
  onReassess,
  onDelete,
}: RowProps) {
  const t = useTranslations("history");
  const dates = useDates();
  if (row.damaged)
    return <DamagedTableRow row={row} selected={selected} onSelect={onSelect} onDelete={onDelete} />;
  const name = row.project || t("untitled");
  const href = row.status === "draft" ? `/assess/?id=${row.id}` : `/summary/?id=${row.id}`;
  return (
    <tr data-id={row.id} data-due={due || undefined}>
      <SelectCell id={row.id} name={name} selected={selected} onSelect={onSelect} />
      <td data-col="project">
        <Link href={href}>{name}</Link>
        {row.reassessedFrom ? (
          <div className="muted small">
            <Link href={`/compare/?a=${row.reassessedFrom}&b=${row.id}`}>
              {t("reassessmentOf", { project: source || t("untitled") })}
            </Link>
          </div>
        ) : null}
        {row.status === "completed" && row.reassessBy ? (
          <div className={due ? "due" : "muted small"}>
            {t(due ? "overdueBadge" : "dueBadge", { date: row.reassessBy })}
          </div>
        ) : null}
      </td>
      <td data-col="client">
        {row.counterparty ? (
          <Link href={`/counterparty/#name=${encodeURIComponent(row.counterparty)}`}>{row.counterparty}</Link>
        ) : null}
      </td>
      <td data-col="endClient">{row.endClient}</td>
      <td data-col="level">
        {row.level ? <LevelBadge level={row.level} label={vocab.level(row.level)} /> : null}
      </td>
      <td data-col="decision">
        {row.decision ? vocab.decision(row.decision) : null}
        {row.signOff ? <div className="muted small">{t(`signOff.${row.signOff}`)}</div> : null}
      </td>
      <td data-col="status">{row.status === "draft" ? t("statusDraft") : t("statusCompleted")}</td>
      <td data-col="assessor">{row.assessor}</td>
      <td data-col="date">{dates.day(rowDate(row))}</td>
      <td data-col="version">{row.checklistVersion}</td>
      <td data-col="conditions">{conditions}</td>
      <td className="history-table__actions">
        {row.status === "completed" ? (
          <button type="button" className="link-button" onClick={() => onReassess(row)}>
            {t("reassess")}
            <span className="visually-hidden"> {name}</span>
          </button>
        ) : null}
        <button type="button" className="link-button" onClick={() => onDelete(row)}>
          {t("delete")}
          <span className="visually-hidden"> {name}</span>
        </button>
      </td>
    </tr>
  );
});

/**
 * A row that failed its check (row-check.ts): its id, the names it still has, no verdict, no
 * date, no sign-off. Opening it shows the record itself (the summary reads the sealed record, and
 * says what is wrong with it, if anything); deleting it deletes the record and its row.
 */
function DamagedTableRow({
  row,
  selected,
  onSelect,
  onDelete,
}: Pick<RowProps, "row" | "selected" | "onSelect" | "onDelete">) {
  const t = useTranslations("history");
  const name = t("damagedName", { id: row.id });
  return (
    <tr data-id={row.id} data-damaged="">
      <SelectCell id={row.id} name={name} selected={selected} onSelect={onSelect} />
      <td data-col="project">
        <Link href={`/summary/?id=${encodeURIComponent(row.id)}`}>{name}</Link>
        <div className="due">{t("damagedNote")}</div>
        {row.project ? <div className="muted small">{row.project}</div> : null}
      </td>
      <td data-col="counterparty">{row.counterparty}</td>
      <td data-col="endClient">{row.endClient}</td>
      <td data-col="level" />
      <td data-col="decision" />
      <td data-col="status">{t("statusDamaged")}</td>
      <td data-col="assessor">{row.assessor}</td>
      <td data-col="date" />
      <td data-col="version">{row.checklistVersion}</td>
      <td className="history-table__actions">
        <button type="button" className="link-button" onClick={() => onDelete(row)}>
          {t("delete")}
          <span className="visually-hidden"> {name}</span>
        </button>
      </td>
    </tr>
  );
}

/** A row's checkbox for Compare and Export. */
function SelectCell(props: { id: string; name: string; selected: boolean; onSelect: RowProps["onSelect"] }) {
  const t = useTranslations("history");
  return (
    <td>
      <input
        type="checkbox"
        checked={props.selected}
        onChange={(e) => props.onSelect(props.id, e.target.checked)}
        aria-label={t("select", { name: props.name })}
      />
    </td>
  );
}
