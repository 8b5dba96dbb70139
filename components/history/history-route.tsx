"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";

import { RouteLoading } from "@/components/ui/route-parts";

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
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <HistoryWorkspace />
    </>
  );
}
