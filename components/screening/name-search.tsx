"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { hitDetailRows } from "@/lib/screening/record-view";
import type { NameResult, ScreeningClient } from "@/lib/screening/screening-client";
import type { ScreeningList } from "@/lib/screening/types";

import { HitDetails } from "./hit-details";
import { listErrorText } from "./list-error";
import { useScreeningWords } from "./screening-record";

/** One name against every loaded list, each possible match explained. */
export function NameSearch({
  lists,
  getClient,
}: {
  lists: ScreeningList[];
  getClient: () => ScreeningClient;
}) {
  const t = useTranslations("screening");
  const words = useScreeningWords();
  const [name, setName] = useState("");
  const [result, setResult] = useState<NameResult | null>(null);
  const [error, setError] = useState("");
  /** How many screenings this box has shown (the bench waits on it). */
  const [runs, setRuns] = useState(0);
  const names = new Map(lists.map((l) => [l.id, l.name]));

  async function screen() {
    if (name.trim() === "") return;
    setError("");
    try {
      const { results } = await getClient().screen([name]);
      setResult(results[0] ?? null);
      setRuns((n) => n + 1);
    } catch (e) {
      setError(listErrorText(t, e));
    }
  }

  return (
    <section aria-labelledby="search-title">
      <h2 id="search-title">{t("searchTitle")}</h2>
      {lists.length === 0 ? <p>{t("searchNoLists")}</p> : null}
      <form
        className="search-line"
        onSubmit={(event) => {
          event.preventDefault();
          void screen();
        }}
      >
        <label className="field__label" htmlFor="screen-name">
          {t("searchLabel")}
        </label>
        <input
          id="screen-name"
          type="search"
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="button" disabled={lists.length === 0}>
          {t("searchButton")}
        </button>
      </form>
      <div aria-live="polite" data-testid="search-result" data-ms={result?.ms.toFixed(3)} data-runs={runs}>
        {result ? (
          result.hits.length === 0 ? (
            <p>{t("noHits", { lists: lists.map((l) => l.name).join(", ") })}</p>
          ) : (
            <>
              <p>{t("hitsFound", { count: result.hits.length })}</p>
              <ul className="hit-list">
                {result.hits.map((hit) => (
                  <li key={`${hit.listId}:${hit.entryKey}`}>
                    <HitDetails
                      rows={hitDetailRows(hit, names.get(hit.listId) ?? hit.listId, words.t, words.locale)}
                      score={hit.score}
                    />
                  </li>
                ))}
              </ul>
            </>
          )
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="field__error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
