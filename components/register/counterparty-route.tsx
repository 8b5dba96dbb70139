"use client";

import dynamic from "next/dynamic";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";

import { MissingTarget, RouteLoading } from "@/components/ui/route-parts";

// The matcher, the worker's client, storage and the checklist's words load after the page shell.
const CounterpartyWorkspace = dynamic(() => import("./counterparty-workspace"), {
  ssr: false,
  loading: () => <CounterpartyLoading />,
});

function CounterpartyLoading() {
  const t = useTranslations("counterparty");
  return <RouteLoading message={t("loading")} />;
}

/** /counterparty/?name=…: every engagement with one party in this browser. */
export function CounterpartyRoute() {
  const t = useTranslations();
  const name = useSearchParams().get("name")?.trim();
  if (!name) {
    return (
      <MissingTarget
        title={t("counterparty.title")}
        message={t("counterparty.missing")}
        href="/history/"
        action={t("shell.nav.history")}
      />
    );
  }
  return <CounterpartyWorkspace key={name} name={name} />;
}
