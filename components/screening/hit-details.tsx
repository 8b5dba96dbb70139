"use client";

import { useTranslations } from "next-intl";

import type { ScreeningHit } from "@/lib/screening/types";

/** Why a name is a possible match: the list, the listed and matched names, the score and the words. */
export function HitDetails({ hit, listName }: { hit: Omit<ScreeningHit, "listId">; listName: string }) {
  const t = useTranslations("screening.hit");
  const rows: [string, string | undefined][] = [
    [t("listed"), hit.entryName],
    [t("matched"), hit.alias ? `${hit.matchedName} ${t("alias")}` : hit.matchedName],
    [t("list"), hit.list ? `${listName} · ${hit.list}` : listName],
    [t("programme"), hit.programme],
    [t("listedOn"), hit.listedOn],
    [t("countries"), hit.countries.join(", ") || undefined],
    [t("source"), hit.sourceUrl],
    [t("score"), `${Math.round(hit.score * 100)}%`],
    [
      t("tokens"),
      hit.pairs.map((p) => (p.query === p.listed ? p.query : `${p.query} ↔ ${p.listed}`)).join(", "),
    ],
  ];
  return (
    <dl className="hit-details" data-score={hit.score}>
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label} className="hit-details__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
