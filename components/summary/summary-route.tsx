"use client";

import dynamic from "next/dynamic";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";

import { MissingTarget, RouteLoading } from "@/components/ui/route-parts";

const SummaryWorkspace = dynamic(() => import("./summary-workspace"), {
  ssr: false,
  loading: () => <RouteLoading />,
});

export function SummaryRoute() {
  const t = useTranslations();
  const id = useSearchParams().get("id");
  if (!id) {
    return (
      <MissingTarget
        title={t("summary.title")}
        message={t("assess.missingId")}
        href="/history/"
        action={t("shell.nav.history")}
      />
    );
  }
  return <SummaryWorkspace key={id} id={id} />;
}
