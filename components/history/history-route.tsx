"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { RouteLoading } from "@/components/ui/route-parts";
import { readHistoryRows } from "@/lib/storage/quick-read";

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
  // The rows are read as the page starts (a plain getAll, no Dexie), so the read overlaps the
  // download of the workspace's code instead of following it. Nothing to read while prerendering.
  const [firstRows] = useState(() =>
    typeof window === "undefined" ? null : readHistoryRows().catch(() => null),
  );
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <HistoryWorkspace firstRows={firstRows} />
    </>
  );
}
