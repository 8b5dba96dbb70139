// Every checklist version's texts in both languages, read at once from the version folders the
// registry names: for tests, scripts and the e2e driver, which run in Node and need them without
// waiting. The app never imports this (ESLint forbids it; it would carry both languages of every
// version): pages load one version in one language (lib/i18n/load-checklist-text.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";

import type { Locale, Messages } from "@/lib/base/locale";

import { overlayMessages } from "./messages";
import { getRelease } from "./registry";

const read = new Map<string, Messages>();

/** The nested message object of one checklist version in one language. */
export function getChecklistMessages(version: string, locale: Locale): Messages {
  const key = `${version}/${locale}`;
  let messages = read.get(key);
  if (!messages) {
    const release = getRelease(version);
    const file = join(process.cwd(), "lib", "checklist", version, "messages", `${locale}.json`);
    const own = JSON.parse(readFileSync(file, "utf8")) as Messages;
    messages = release.buildsOn
      ? overlayMessages(getChecklistMessages(release.buildsOn.version, locale), own)
      : own;
    read.set(key, messages);
  }
  return messages;
}
