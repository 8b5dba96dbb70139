"use client";

import { useTranslations } from "next-intl";
import { startTransition, useEffect, useRef, useState } from "react";

/** How long the search waits for typing to pause before the table follows. */
export const SEARCH_DELAY_MS = 120;

/**
 * The history's search box. A keystroke re-renders this box only: the query reaches the
 * history (filtering up to 100,000 rows and drawing the table) once typing pauses, as a
 * transition that the next keystroke interrupts, so typing never waits for the table. A value
 * set from outside (Clear, the address's #fragment) replaces what is in the box.
 */
export function SearchBox({ value, onSearch }: { value: string; onSearch: (value: string) => void }) {
  const t = useTranslations("history");
  const [text, setText] = useState(value);
  // The last value this box handed on, and the last value it was given: a given value that is
  // not our own coming back is a change from outside.
  const [sent, setSent] = useState(value);
  const [given, setGiven] = useState(value);
  if (value !== given) {
    setGiven(value);
    if (value !== sent) {
      setSent(value);
      setText(value);
    }
  }
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  function type(next: string) {
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(
      () =>
        startTransition(() => {
          setSent(next);
          onSearch(next);
        }),
      SEARCH_DELAY_MS,
    );
  }

  return (
    <div className="history-filters__search">
      <label htmlFor="history-search">{t("search")}</label>
      <input
        id="history-search"
        type="search"
        value={text}
        aria-describedby="history-search-help"
        onChange={(e) => type(e.target.value)}
      />
      <span id="history-search-help" className="muted">
        {t("searchHelp")}
      </span>
    </div>
  );
}
