"use client";

import dynamic from "next/dynamic";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";

import { MissingTarget, RouteLoading } from "../ui/route-parts";

// Storage, the checklist and the letter's texts load after the page shell.
const LetterWorkspace = dynamic(() => import("./letter-workspace"), {
  ssr: false,
  loading: () => <RouteLoading />,
});

/** /letter/?id=…: the letter to the client from one assessment, and the replies recorded. */
export function LetterRoute() {
  const t = useTranslations();
  const id = useSearchParams().get("id");
  if (!id) {
    return (
      <MissingTarget
        title={t("letter.title")}
        message={t("assess.missingId")}
        href="/history/"
        action={t("shell.nav.history")}
      />
    );
  }
  return <LetterWorkspace key={id} id={id} />;
}
