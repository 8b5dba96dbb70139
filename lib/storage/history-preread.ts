// The history page's inline script (app/[locale]/history/page.tsx imports it with `?script`: the
// module bundled with what it imports into one classic script, as a string, by
// scripts/bundle-module-loader.cjs). It starts reading the history's rows while the HTML is still
// being parsed, so the list does not wait for the page's code to arrive and hydrate first.
import { publishHistoryReads } from "./history-reads";

publishHistoryReads();
