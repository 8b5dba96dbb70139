"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";

import { RouteLoading } from "@/components/ui/route-parts";

// Parsing, matching, pinyin and storage load after the page shell.
const ScreeningWorkspace = dynamic(() => import("./screening-workspace"), {
  ssr: false,
  loading: () => <ScreeningLoading />,
});

function ScreeningLoading() {
  const t = useTranslations("screening");
  return <RouteLoading message={t("loading")} />;
}

export function ScreeningRoute() {
  const t = useTranslations("screening");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <p>{t("noData")}</p>
      <ScreeningWorkspace />
    </>
  );
}
