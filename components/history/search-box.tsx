"use client";

import { useTranslations } from "next-intl";
import { startTransition, useEffect, useRef } from "react";

/** How long the search waits for typing to pause before the table follows. */
export const SEARCH_DELAY_MS = 120;

/**
 * The history's search box. A keystroke renders nothing: the box is the browser's own (React does
 * not hold its text), and the query reaches the history (filtering up to 100,000 rows and drawing
 * the table) once typing pauses, as a transition that the next keystroke interrupts, so typing
 * never waits for the table. A value set from outside (Clear, the address's #fragment) replaces
 * what is in the box.
 */
export function SearchBox({ value, onSearch }: { value: string; onSearch: (value: string) => void }) {
  const t = useTranslations("history");
  const input = useRef<HTMLInputElement>(null);
  // The last value this box handed on: a given value that is not our own coming back is a change
  // from outside.
  const sent = useRef(value);
  useEffect(() => {
    if (value === sent.current) return;
    sent.current = value;
    if (input.current) input.current.value = value;
  }, [value]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  function type(next: string) {
    clearTimeout(timer.current);
    timer.current = setTimeout(
      () =>
        startTransition(() => {
          sent.current = next;
          onSearch(next);
        }),
      SEARCH_DELAY_MS,
    );
  }

  return (
    <div className="history-filters__search">
      <label htmlFor="history-search">{t("search")}</label>
      <input
        ref={input}
        id="history-search"
        type="search"
        defaultValue={value}
        aria-describedby="history-search-help"
        onChange={(e) => type(e.target.value)}
      />
      <span id="history-search-help" className="muted">
        {t("searchHelp")}
      </span>
    </div>
  );
}
