"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

import { useDates } from "@/components/ui/use-dates";
import { Link } from "@/lib/i18n/navigation";
import { type HistoryRow, listRecentDrafts } from "@/lib/storage";

/** How many drafts the home page lists; the history lists them all. */
export const HOME_DRAFTS = 10;

/**
 * The newest drafts stored in this browser, each a link back to where it was left, and a link to
 * all of them in the history. Reads history rows only (an index, never every record).
 */
export default function DraftList() {
  const t = useTranslations("home");
  const more = useTranslations("integrity.drafts");
  const history = useTranslations("history");
  const dates = useDates();
  const [drafts, setDrafts] = useState<{ rows: HistoryRow[]; total: number } | null>(null);
  useEffect(() => {
    let live = true;
    listRecentDrafts(HOME_DRAFTS)
      .then((found) => live && setDrafts(found))
      .catch(() => live && setDrafts({ rows: [], total: 0 }));
    return () => {
      live = false;
    };
  }, []);
  if (drafts === null) return null;
  if (drafts.rows.length === 0) return <p>{t("noDrafts")}</p>;
  return (
    <>
      <ul className="draft-list" data-testid="draft-list">
        {drafts.rows.map((d) =>
          d.damaged ? (
            // A row that failed its check (lib/storage/row-check.ts): its id, nothing it claims.
            <li key={d.id}>
              <Link href="/history/">{history("damagedName", { id: d.id })}</Link>
            </li>
          ) : (
            <li key={d.id}>
              <Link href={`/assess/?id=${d.id}`}>{d.project || t("untitled")}</Link>{" "}
              <span className="muted">
                {d.counterparty ? `${d.counterparty} · ` : ""}
                {dates.dateTime(d.updatedAt)}
              </span>
            </li>
          ),
        )}
      </ul>
      {drafts.total > drafts.rows.length ? (
        <p>
          <Link href="/history/#status=draft">{more("all", { count: drafts.total })}</Link>
        </p>
      ) : null}
    </>
  );
}
