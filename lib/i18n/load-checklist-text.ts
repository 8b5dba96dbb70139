// The texts of one checklist version in one language, loaded when a page needs them: one chunk
// per reader and language (lib/checklist/texts/), so a page in English never downloads the Chinese
// texts, the form never downloads the summary's, and a page without the checklist downloads none.
// A later version's files are laid over the version it builds on (see overlayMessages).
import { overlayMessages } from "@/lib/checklist/messages";
import { getRelease, isKnownChecklistVersion } from "@/lib/checklist/registry";
import type { VersionTexts } from "@/lib/checklist/texts/version-texts";

import { type ChecklistText, checklistTextFrom, type FormChecklistText } from "./checklist-text";
import type { Locale, Messages } from "@/lib/base/locale";

/**
 * Every text of a version, the assessment form's part (without the summary's texts) or the part
 * the pages showing an assessment read (without each question's help and the validation messages).
 */
type Part = "full" | "form" | "reading";

type TextsModule = () => Promise<{ default: VersionTexts }>;

/**
 * Each part's module per language. scripts/size-budget.mjs finds these loaders in the build by
 * their names (`fullTexts:{en:()=>…}`): read with a computed key, the minifier keeps them.
 */
const TEXTS = {
  fullTexts: {
    en: () => import("@/lib/checklist/texts/en.full"),
    zh: () => import("@/lib/checklist/texts/zh.full"),
  },
  formTexts: {
    en: () => import("@/lib/checklist/texts/en.form"),
    zh: () => import("@/lib/checklist/texts/zh.form"),
  },
  readingTexts: {
    en: () => import("@/lib/checklist/texts/en.reading"),
    zh: () => import("@/lib/checklist/texts/zh.reading"),
  },
} satisfies Record<string, Record<Locale, TextsModule>>;

/** The nested message object of one checklist version in one language. */
export async function loadChecklistMessages(
  version: string,
  locale: Locale,
  part: Part = "full",
): Promise<Messages> {
  if (!isKnownChecklistVersion(version)) throw new Error(`No messages for checklist version ${version}`);
  const texts = (await TEXTS[`${part}Texts`][locale]()).default;
  return textsOf(texts, version);
}

/** A version's files laid over those of the version it builds on, and so on down. */
function textsOf(texts: VersionTexts, version: string): Messages {
  const release = getRelease(version);
  const base = release.buildsOn ? textsOf(texts, release.buildsOn.version) : {};
  const files = isKnownChecklistVersion(version) ? texts[version] : undefined;
  if (!files) throw new Error(`lib/checklist/texts/ lists no files of checklist version ${version}`);
  return files.reduce(overlayMessages, base);
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
  return load(version, locale, "full");
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
