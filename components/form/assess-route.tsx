"use client";

import dynamic from "next/dynamic";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";

import { CreatingDraft, MissingTarget, RouteLoading } from "@/components/ui/route-parts";

// The form, the checklist, zod and storage load after the page shell: none of it is first-load JS.
const AssessmentWorkspace = dynamic(() => import("./assessment-workspace"), {
  ssr: false,
  loading: () => <RouteLoading />,
});

// /assess/new/: the draft is created by the same module (its code is what the draft's page needs
// next), so the two pages share one download of the storage, schema and checklist code.
const NewAssessmentWorkspace = dynamic(() => import("./assessment-workspace").then((m) => m.NewAssessment), {
  ssr: false,
  loading: () => <CreatingDraft />,
});

export function NewAssessRoute() {
  return <NewAssessmentWorkspace />;
}

export function AssessRoute() {
  const t = useTranslations("assess");
  const id = useSearchParams().get("id");
  if (!id) {
    return (
      <MissingTarget title={t("title")} message={t("missingId")} href="/assess/new/" action={t("startNew")} />
    );
  }
  return <AssessmentWorkspace key={id} id={id} />;
}
