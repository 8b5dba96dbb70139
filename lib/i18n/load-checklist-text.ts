// The texts of one checklist version in one language, loaded when a page needs them: each message
// file is its own chunk (registered with its version in lib/checklist/registry.ts), so a page in
// English never downloads the Chinese texts and a page without the checklist downloads none. A
// later version's files are laid over the version it builds on (see overlayMessages).
import { overlayMessages } from "@/lib/checklist/messages";
import { getRelease, isKnownChecklistVersion } from "@/lib/checklist/registry";

import { type ChecklistText, checklistTextFrom, type FormChecklistText } from "./checklist-text";
import type { Locale, Messages } from "@/lib/base/locale";

/**
 * Every text of a version, the assessment form's part (without the summary's texts) or the part
 * the pages showing an assessment read (without each question's help and the validation messages).
 */
type Part = "all" | "form" | "reading";

const FILES = { all: "texts", form: "formTexts", reading: "readingTexts" } as const;

/** The nested message object of one checklist version in one language. */
export async function loadChecklistMessages(
  version: string,
  locale: Locale,
  part: Part = "all",
): Promise<Messages> {
  if (!isKnownChecklistVersion(version)) throw new Error(`No messages for checklist version ${version}`);
  const release = getRelease(version);
  const [base, own] = await Promise.all([
    release.buildsOn ? loadChecklistMessages(release.buildsOn.version, locale, part) : undefined,
    release[FILES[part]][locale]().then((m) => m.default),
  ]);
  return base ? overlayMessages(base, own) : own;
}

const loaded = new Map<string, Promise<ChecklistText>>();

function load(version: string, locale: Locale, part: Part): Promise<ChecklistText> {
  const key = `${version}/${locale}/${part}`;
  let text = loaded.get(key);
  if (!text) {
    text = loadChecklistMessages(version, locale, part).then((messages) =>
      checklistTextFrom(messages, version, locale),
    );
    text.catch(() => loaded.delete(key));
    loaded.set(key, text);
  }
  return text;
}

/** The texts of `version` in `locale`, loaded once per page. */
export function loadChecklistText(version: string, locale: Locale): Promise<ChecklistText> {
  return load(version, locale, "all");
}

/**
 * The assessment form's texts of `version` in `locale`: about half the size of every text (the
 * flags' findings and advice, controls, rules and approvals are the summary's), loaded once per page.
 */
export function loadFormChecklistText(version: string, locale: Locale): Promise<FormChecklistText> {
  return load(version, locale, "form");
}

/**
 * The texts of `version` in `locale` that a page showing an assessment reads (summary, compare),
 * loaded once per page: every text but each question's help (`questionHelp` gives undefined) and
 * the validation messages, which only the form draws.
 */
export function loadReadingChecklistText(version: string, locale: Locale): Promise<ChecklistText> {
  return load(version, locale, "reading");
}
