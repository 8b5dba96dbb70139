"use client";

import dynamic from "next/dynamic";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";

import { MissingTarget, RouteLoading } from "@/components/ui/route-parts";

const CompareWorkspace = dynamic(() => import("./compare-workspace"), {
  ssr: false,
  loading: () => <RouteLoading />,
});

export function CompareRoute() {
  const t = useTranslations();
  const params = useSearchParams();
  const a = params.get("a");
  const b = params.get("b");
  if (!a || !b) {
    return (
      <MissingTarget
        title={t("compare.title")}
        message={t("compare.missing")}
        href="/history/"
        action={t("shell.nav.history")}
      />
    );
  }
  return <CompareWorkspace key={`${a}:${b}`} a={a} b={b} />;
}
