// How each language writes what is not a message: dates, times and punctuation between parts.
// One profile per language, used by every page, the PDF, the letter and the audit trail, so that a
// page never shows "December 1, 2026 at 10:00 AM" beside "1 Dec 2026, 10:00". A new language is its
// message files plus one entry here.
import type { Locale } from "@/lib/base/locale";

export type LanguageProfile = {
  /** The BCP 47 tag Intl formats with. */
  tag: string;
  /** Between the items of a run-on list ("Acme Ltd, Germany"). */
  listSeparator: string;
  /** Between names or items counted off ("OFAC, EU"; Chinese uses the enumeration comma 、). */
  enumeration: string;
  /** Between clauses of one sentence ("a; b"). */
  clauseSeparator: string;
  /** After a sentence, before the next. */
  sentenceEnd: string;
  /** Joins a remark to what it qualifies: an English spaced dash, a Chinese double dash. */
  dash: string;
  /** Between two words (Chinese writes none). */
  wordSpace: string;
  /**
   * The order of a letter's parts: each entry is one paragraph, its parts on lines of their own;
   * "body" stands for the paragraphs of questions. A Chinese letter opens with its subject and
   * dates the signature; an English one heads with sender, addressee and date.
   */
  letter: readonly (readonly LetterPart[])[];
};

export type LetterPart =
  "from" | "to" | "date" | "subject" | "salutation" | "intro" | "body" | "closing" | "signOff" | "signature";

export const PROFILES: Record<Locale, LanguageProfile> = {
  en: {
    tag: "en-GB",
    listSeparator: ", ",
    enumeration: ", ",
    clauseSeparator: "; ",
    sentenceEnd: ". ",
    dash: " — ",
    wordSpace: " ",
    letter: [
      ["from", "to", "date"],
      ["subject"],
      ["salutation"],
      ["intro"],
      ["body"],
      ["closing"],
      ["signOff", "signature"],
    ],
  },
  zh: {
    tag: "zh-CN",
    listSeparator: "，",
    enumeration: "、",
    clauseSeparator: "；",
    sentenceEnd: "。",
    dash: "——",
    wordSpace: "",
    letter: [
      ["subject"],
      ["to", "from"],
      ["salutation", "intro"],
      ["body"],
      ["closing"],
      ["signOff"],
      ["signature", "date"],
    ],
  },
};

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) cache.set(key, (format = new Intl.DateTimeFormat(PROFILES[locale].tag, options)));
  return format;
}

/** A moment (ISO date-time), in the reader's time zone: "1 December 2026 at 10:00", "2026年12月1日 10:00". */
export function formatDateTime(iso: string, locale: Locale): string {
  return formatter(locale, { dateStyle: "long", timeStyle: "short" }).format(new Date(iso));
}

/** A moment's day (ISO date-time), in the reader's time zone: "1 December 2026", "2026年12月1日". */
export function formatDay(iso: string, locale: Locale): string {
  return formatter(locale, { dateStyle: "long" }).format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD), whatever the time zone: "1 December 2026", "2026年12月1日". */
export function formatDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split("-").map(Number);
  return formatter(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

/** Items of a run-on list, joined as the language writes them. */
export function joinList(parts: readonly string[], locale: Locale): string {
  return parts.join(PROFILES[locale].listSeparator);
}
