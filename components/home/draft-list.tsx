"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";

import type { Assessment } from "@/lib/assessment/assessment";
import { engagementOf } from "@/lib/assessment/engagement";
import { Link } from "@/lib/i18n/navigation";
import { listAssessments } from "@/lib/storage/assessments";

/** Drafts stored in this browser, newest first, each a link back to where it was left. */
export default function DraftList() {
  const t = useTranslations("home");
  const format = useFormatter();
  const [drafts, setDrafts] = useState<Assessment[] | null>(null);
  useEffect(() => {
    let live = true;
    listAssessments("draft")
      .then((rows) => live && setDrafts(rows))
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
          <Link href={`/assess/?id=${d.id}`}>{engagementOf(d.answers).project ?? t("untitled")}</Link>{" "}
          <span className="muted">
            {engagementOf(d.answers).client ? `${engagementOf(d.answers).client} · ` : ""}
            {format.dateTime(new Date(d.updatedAt), { dateStyle: "medium", timeStyle: "short" })}
          </span>
        </li>
      ))}
    </ul>
  );
}
