"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";

// Storage, exchange and table code load after the page shell.
const HistoryWorkspace = dynamic(() => import("./history-workspace"), {
  ssr: false,
  loading: () => <Loading />,
});

function Loading() {
  const t = useTranslations("history");
  return <p role="status">{t("loading")}</p>;
}

export function HistoryRoute() {
  return <HistoryWorkspace />;
}
