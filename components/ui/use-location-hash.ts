"use client";

import { useSyncExternalStore } from "react";

// State a page keeps in the URL's fragment (#…) instead of its query string: the browser never
// sends the fragment to the server, so a view a user searched for or filtered (typed text
// included) can be bookmarked and reloaded without reaching any server log.

const CHANGED = "commission-check:hash";

function subscribe(onChange: () => void) {
  window.addEventListener("hashchange", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("hashchange", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

/** The current fragment without its "#" ("" before hydration: static pages have none). */
export function useLocationHash(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.hash.slice(1),
    () => "",
  );
}

/** Replaces the fragment without a navigation, a request or a new history entry. */
export function replaceLocationHash(hash: string) {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, "", `${pathname}${search}${hash ? `#${hash}` : ""}`);
  window.dispatchEvent(new Event(CHANGED));
}
