"use client";

import dynamic from "next/dynamic";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

import { getExample } from "@/lib/examples/examples";

import { RouteLoading } from "../ui/route-parts";

// The engine, the checklist texts and the summary's components load after the page shell.
const ExampleWorkspace = dynamic(() => import("./example-workspace"), {
  ssr: false,
  loading: () => <RouteLoading />,
});

/** /examples/?id=railway: one example, read-only; without an id (or an unknown one), the list. */
export function ExamplesRoute({ list }: { list: ReactNode }) {
  const t = useTranslations("examples");
  const id = useSearchParams().get("id");
  const example = getExample(id);
  if (example) return <ExampleWorkspace key={example.id} id={example.id} />;
  return (
    <>
      <h1>{t("title")}</h1>
      {id ? (
        <p className="error-summary" role="alert">
          {t("unknown")}
        </p>
      ) : null}
      <p className="lead">{t("lead")}</p>
      {list}
    </>
  );
}
