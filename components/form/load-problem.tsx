"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";

import { Link } from "@/lib/i18n/navigation";

import type { LoadedAssessment } from "./use-assessment";

// What a damaged record shows loads only for one.
const DamagedRecord = dynamic(
  () => import("@/components/summary/damaged-record").then((m) => m.DamagedRecord),
  { ssr: false },
);

/** What to show while an assessment loads, or why it cannot be shown. */
export function LoadProblem({
  state,
  title,
}: {
  state: Exclude<LoadedAssessment, { status: "ready" }>;
  title: string;
}) {
  const t = useTranslations("assess");
  if (state.status === "loading") return <p role="status">{t("loading")}</p>;
  if (state.status === "damaged") return <DamagedRecord id={state.id} issues={state.issues} />;
  const message =
    state.status === "missing"
      ? t("notFound")
      : state.status === "unknownChecklist"
        ? t("unknownChecklist", { version: state.version })
        : t("save.failedBody", { reason: state.reason });
  return (
    <>
      <h1>{title}</h1>
      <p role="alert">{message}</p>
      <Link className="button" href="/assess/new/">
        {t("startNew")}
      </Link>
    </>
  );
}
