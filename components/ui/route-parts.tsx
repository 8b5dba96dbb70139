"use client";

import { useTranslations } from "next-intl";

import { Link } from "@/lib/i18n/navigation";

/** What a page shows while its workspace (storage, checklist, forms) loads after the shell. */
export function RouteLoading({ message }: { message?: string }) {
  const t = useTranslations("assess");
  return <p role="status">{message ?? t("loading")}</p>;
}

/** A page opened without the query it needs (?id=…): say so, and offer the way forward. */
export function MissingTarget(props: { title: string; message: string; href: string; action: string }) {
  return (
    <>
      <h1>{props.title}</h1>
      <p>{props.message}</p>
      <Link className="button" href={props.href}>
        {props.action}
      </Link>
    </>
  );
}

/** What /assess/new/ shows while its draft is created. */
export function CreatingDraft({ failure }: { failure?: string | null }) {
  const t = useTranslations("assess");
  return (
    <>
      <h1>{t("newTitle")}</h1>
      {failure ? (
        <p role="alert">{t("save.failedBody", { reason: failure })}</p>
      ) : (
        <p role="status">{t("creating")}</p>
      )}
    </>
  );
}
