"use client";

import dynamic from "next/dynamic";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";

import { Link } from "@/lib/i18n/navigation";

// The form, the checklist, zod and storage load after the page shell: none of it is first-load JS.
const AssessmentWorkspace = dynamic(() => import("./assessment-workspace"), {
  ssr: false,
  loading: () => <Loading />,
});

function Loading() {
  const t = useTranslations("assess");
  return <p role="status">{t("loading")}</p>;
}

export function AssessRoute() {
  const t = useTranslations("assess");
  const id = useSearchParams().get("id");
  if (!id) {
    return (
      <>
        <h1>{t("title")}</h1>
        <p>{t("missingId")}</p>
        <Link className="button" href="/assess/new/">
          {t("startNew")}
        </Link>
      </>
    );
  }
  return <AssessmentWorkspace key={id} id={id} />;
}
