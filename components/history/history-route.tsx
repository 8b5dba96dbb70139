"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { RouteLoading } from "@/components/ui/route-parts";
import { PAGE_SIZE } from "@/lib/history/query";
import { startHistoryReads } from "@/lib/storage";

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
  // The rows are read as the page starts (plain IndexedDB, no Dexie): the read overlaps the
  // download of the workspace's code instead of following it. Nothing to read while prerendering.
  const [reads] = useState(() =>
    typeof window === "undefined" ? { newestRows: null, firstRows: null } : startHistoryReads(PAGE_SIZE),
  );
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <HistoryWorkspace firstRows={reads.firstRows} newestRows={reads.newestRows} />
    </>
  );
}
