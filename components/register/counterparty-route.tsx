"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";

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

const onHashChange = (changed: () => void) => {
  addEventListener("hashchange", changed);
  return () => removeEventListener("hashchange", changed);
};
const hashName = () => new URLSearchParams(location.hash.slice(1)).get("name")?.trim() ?? "";

/**
 * /counterparty/#name=…: every engagement with one party in this browser. The name is after `#`,
 * which browsers never send: a query would put it in the page's request (and the router's).
 */
export function CounterpartyRoute() {
  const t = useTranslations();
  const name = useSyncExternalStore(onHashChange, hashName, () => null);
  if (name === null) return <CounterpartyLoading />;
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
