// Every checklist version's texts in both languages, read at once from the version folders the
// registry names: for tests, scripts and the e2e driver, which run in Node and need them without
// waiting. The app never imports this (ESLint forbids it; it would carry both languages of every
// version): pages load one version in one language (lib/i18n/load-checklist-text.ts).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

import type { Locale, Messages } from "@/lib/base/locale";

import { overlayMessages } from "./messages";
import { getRelease } from "./registry";

/**
 * The files a version's texts in one language are split into, by who reads them (registry.ts):
 * `<locale>.json` is shared, `<locale>.form.json` only the form reads, `<locale>.reading.json` only
 * the pages showing an assessment (summary, compare, letter, PDF).
 */
export const MESSAGE_PARTS = { shared: "", form: ".form", reading: ".reading" } as const;
export type MessagePart = keyof typeof MESSAGE_PARTS;

/** Top-level groups of texts that only one kind of page reads. */
const READING_ONLY = new Set(["flags", "rules", "approvals", "reporting", "unknowns"]);
const FORM_ONLY = new Set(["validation"]);

/**
 * The file a text belongs in, by its key: the summary's words (a flag's finding and advice, rules,
 * approvals, reporting, open unknowns, the condition a declared control places) in the reading
 * part; each question's help and the validation messages in the form's; everything else shared.
 */
export function messagePartOf(key: string): MessagePart {
  const [group, , leaf] = key.split(".");
  if (READING_ONLY.has(group!) || (group === "controls" && leaf === "condition")) return "reading";
  if (FORM_ONLY.has(group!) || (group === "questions" && leaf === "help")) return "form";
  return "shared";
}

/** A part's file of one version in one language, as written; undefined when the version has none. */
export function readMessagePart(version: string, locale: Locale, part: MessagePart): Messages | undefined {
  const file = join(
    process.cwd(),
    "lib",
    "checklist",
    version,
    "messages",
    `${locale}${MESSAGE_PARTS[part]}.json`,
  );
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Messages) : undefined;
}

const read = new Map<string, Messages>();

/** The nested message object of one checklist version in one language (every part). */
export function getChecklistMessages(version: string, locale: Locale): Messages {
  const key = `${version}/${locale}`;
  let messages = read.get(key);
  if (!messages) {
    const release = getRelease(version);
    const base = release.buildsOn ? getChecklistMessages(release.buildsOn.version, locale) : {};
    messages = (Object.keys(MESSAGE_PARTS) as MessagePart[])
      .map((part) => readMessagePart(version, locale, part) ?? {})
      .reduce(overlayMessages, base);
    read.set(key, messages);
  }
  return messages;
}
