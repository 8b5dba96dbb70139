"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";

import { conditionsMatch } from "@/lib/history/query";
import type { HistoryRow } from "@/lib/storage";

/**
 * A row's tracked conditions and approvals in words ("1 open of 2, overdue", "Cleared"), or "" for a
 * row without any: the history's column. `today` (YYYY-MM-DD) decides what is overdue.
 */
export function useConditionsText(today: string) {
  const t = useTranslations("tracking.history");
  return useCallback(
    (row: HistoryRow): string => {
      const c = row.conditions;
      if (!c) return "";
      if (c.cleared) return t("cellCleared");
      if (c.open === 0) return t("cellDone", { total: c.total });
      return conditionsMatch(row, "overdue", today)
        ? t("cellOverdue", { open: c.open, total: c.total })
        : t("cell", { open: c.open, total: c.total });
    },
    [t, today],
  );
}
