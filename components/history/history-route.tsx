"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { RouteLoading } from "@/components/ui/route-parts";
import { PAGE_SIZE } from "@/lib/history/query";
import { readHistoryRows, readNewestRows, ROWS_PER_READ } from "@/lib/storage/quick-read";

// Storage, exchange and table code load after the page shell.
const HistoryWorkspace = dynamic(() => import("./history-workspace"), {
  ssr: false,
  loading: () => <HistoryLoading />,
});

function HistoryLoading() {
  const t = useTranslations("history");
  return <RouteLoading message={t("loading")} />;
}

export function HistoryRoute() {
  const t = useTranslations("history");
  // The rows are read as the page starts (plain IndexedDB, no Dexie), so the read overlaps the
  // download of the workspace's code instead of following it. A store too large to read in one go
  // (more than ROWS_PER_READ rows) gives the first page's rows alone first, long before all of them
  // (IndexedDB would answer that small read only after the large one). Nothing to read while
  // prerendering.
  const [reads] = useState(() => {
    if (typeof window === "undefined") return { newestRows: null, firstRows: null };
    const newestRows = readNewestRows(PAGE_SIZE, undefined, ROWS_PER_READ).catch(() => null);
    const firstRows = newestRows.then(() => readHistoryRows()).catch(() => null);
    return { newestRows, firstRows };
  });
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <HistoryWorkspace firstRows={reads.firstRows} newestRows={reads.newestRows} />
    </>
  );
}
