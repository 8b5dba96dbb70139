"use client";

import { useTranslations } from "next-intl";
import { memo } from "react";

import { DECISIONS, LEVELS } from "@/lib/checklist/types";
import { CONDITION_FILTERS, type HistoryQuery, STATUSES } from "@/lib/history/query";
import type { ChecklistText } from "@/lib/i18n/checklist-text";

import { SearchBox } from "./search-box";

type Props = {
  /** The words for levels and decisions (useVocabulary). */
  vocab: ChecklistText;
  query: HistoryQuery;
  search: string;
  onSearch: (value: string) => void;
  onChange: (change: Partial<HistoryQuery>) => void;
  onClear: () => void;
};

/**
 * Search as you type plus the filters. Memoised: while the user types, only the search box
 * re-renders; the filters change the view (and the URL) at once.
 */
export const HistoryFilters = memo(function HistoryFilters({
  vocab,
  query,
  search,
  onSearch,
  onChange,
  onClear,
}: Props) {
  const t = useTranslations("history");
  const tc = useTranslations("tracking.history");
  const statusLabel = (s: (typeof STATUSES)[number]) =>
    s === "draft" ? t("statusDraft") : s === "completed" ? t("statusCompleted") : t("due");
  return (
    <section className="history-filters" aria-labelledby="history-filters-title">
      <h2 id="history-filters-title" className="visually-hidden">
        {t("filtersTitle")}
      </h2>
      <SearchBox value={search} onSearch={onSearch} />
      <div>
        <label htmlFor="history-level">{t("level")}</label>
        <select
          id="history-level"
          value={query.level ?? ""}
          onChange={(e) => onChange({ level: (e.target.value || undefined) as HistoryQuery["level"] })}
        >
          <option value="">{t("any")}</option>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {vocab.level(l)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="history-decision">{t("decision")}</label>
        <select
          id="history-decision"
          value={query.decision ?? ""}
          onChange={(e) => onChange({ decision: (e.target.value || undefined) as HistoryQuery["decision"] })}
        >
          <option value="">{t("any")}</option>
          {DECISIONS.map((d) => (
            <option key={d} value={d}>
              {vocab.decision(d)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="history-status">{t("status")}</label>
        <select
          id="history-status"
          value={query.status ?? ""}
          onChange={(e) => onChange({ status: (e.target.value || undefined) as HistoryQuery["status"] })}
        >
          <option value="">{t("any")}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="history-conditions">{tc("filter")}</label>
        <select
          id="history-conditions"
          value={query.conditions ?? ""}
          onChange={(e) =>
            onChange({ conditions: (e.target.value || undefined) as HistoryQuery["conditions"] })
          }
        >
          <option value="">{t("any")}</option>
          {CONDITION_FILTERS.map((c) => (
            <option key={c} value={c}>
              {tc(c)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="history-from">{t("from")}</label>
        <input
          id="history-from"
          type="date"
          value={query.from ?? ""}
          onChange={(e) => onChange({ from: e.target.value || undefined })}
        />
      </div>
      <div>
        <label htmlFor="history-to">{t("to")}</label>
        <input
          id="history-to"
          type="date"
          value={query.to ?? ""}
          onChange={(e) => onChange({ to: e.target.value || undefined })}
        />
      </div>
      <div className="history-filters__clear">
        <button type="button" className="button button--secondary" onClick={onClear}>
          {t("clear")}
        </button>
      </div>
    </section>
  );
});
