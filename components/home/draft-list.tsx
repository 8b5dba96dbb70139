"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";

import { Link } from "@/lib/i18n/navigation";
import type { HistoryRow } from "@/lib/storage/history-row";
import { listRecentDrafts } from "@/lib/storage/quick-read";

/** How many drafts the home page lists; the history lists them all. */
export const HOME_DRAFTS = 10;

/**
 * The newest drafts stored in this browser, each a link back to where it was left. Reads history
 * rows only, through an index and without Dexie (lib/storage/quick-read.ts).
 */
export default function DraftList() {
  const t = useTranslations("home");
  const format = useFormatter();
  const [drafts, setDrafts] = useState<HistoryRow[] | null>(null);
  useEffect(() => {
    let live = true;
    listRecentDrafts(HOME_DRAFTS)
      .then(({ rows }) => live && setDrafts(rows))
      .catch(() => live && setDrafts([]));
    return () => {
      live = false;
    };
  }, []);
  if (drafts === null) return null;
  if (drafts.length === 0) return <p>{t("noDrafts")}</p>;
  return (
    <ul className="draft-list" data-testid="draft-list">
      {drafts.map((d) => (
        <li key={d.id}>
          <Link href={`/assess/?id=${d.id}`}>{d.project || t("untitled")}</Link>{" "}
          <span className="muted">
            {d.counterparty ? `${d.counterparty} · ` : ""}
            {format.dateTime(new Date(d.updatedAt), { dateStyle: "medium", timeStyle: "short" })}
          </span>
        </li>
      ))}
    </ul>
  );
}
