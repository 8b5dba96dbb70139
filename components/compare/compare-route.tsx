"use client";

import dynamic from "next/dynamic";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";

import { Link } from "@/lib/i18n/navigation";

const CompareWorkspace = dynamic(() => import("./compare-workspace"), {
  ssr: false,
  loading: () => <Loading />,
});

function Loading() {
  const t = useTranslations("assess");
  return <p role="status">{t("loading")}</p>;
}

export function CompareRoute() {
  const t = useTranslations();
  const params = useSearchParams();
  const a = params.get("a");
  const b = params.get("b");
  if (!a || !b) {
    return (
      <>
        <h1>{t("compare.title")}</h1>
        <p>{t("compare.missing")}</p>
        <Link className="button" href="/history/">
          {t("shell.nav.history")}
        </Link>
      </>
    );
  }
  return <CompareWorkspace key={`${a}:${b}`} a={a} b={b} />;
}
