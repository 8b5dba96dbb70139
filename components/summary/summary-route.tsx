"use client";

import dynamic from "next/dynamic";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useSyncExternalStore } from "react";

import { MissingTarget, RouteLoading } from "@/components/ui/route-parts";

const SummaryWorkspace = dynamic(() => import("./summary-workspace"), {
  ssr: false,
  loading: () => <RouteLoading />,
});

/**
 * The Content-Security-Policy of a static export is a meta tag fixed when a document loads, and a
 * client-side navigation keeps the old page's one. Only the summary's policy allows what the PDF
 * library needs ('wasm-unsafe-eval', connect-src data:), so a summary reached from another page
 * reloads once under its own policy. Without a meta policy (npm run dev) nothing happens.
 */
const ignoreChanges = () => () => {};

function hasForeignPolicy(): boolean {
  const policy = document
    .querySelector('meta[http-equiv="Content-Security-Policy"]')
    ?.getAttribute("content");
  return !!policy && !policy.includes("'wasm-unsafe-eval'");
}

export function useOwnContentSecurityPolicy(): boolean {
  const isReloading = useSyncExternalStore(ignoreChanges, hasForeignPolicy, () => false);
  useEffect(() => {
    if (isReloading) window.location.reload();
  }, [isReloading]);
  return isReloading;
}

export function SummaryRoute() {
  const t = useTranslations();
  const id = useSearchParams().get("id");
  const isReloading = useOwnContentSecurityPolicy();
  if (isReloading) return <RouteLoading />;
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
