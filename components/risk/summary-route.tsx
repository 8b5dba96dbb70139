"use client";

import dynamic from "next/dynamic";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";

import { Link } from "@/lib/i18n/navigation";

const SummaryWorkspace = dynamic(() => import("./summary-workspace"), {
  ssr: false,
  loading: () => <Loading />,
});

function Loading() {
  const t = useTranslations("assess");
  return <p role="status">{t("loading")}</p>;
}

export function SummaryRoute() {
  const t = useTranslations();
  const id = useSearchParams().get("id");
  if (!id) {
    return (
      <>
        <h1>{t("summary.title")}</h1>
        <p>{t("assess.missingId")}</p>
        <Link className="button" href="/history/">
          {t("shell.nav.history")}
        </Link>
      </>
    );
  }
  return <SummaryWorkspace key={id} id={id} />;
}
