import { defineRouting } from "next-intl/routing";

import { LOCALES, type Locale } from "@/lib/base/locale";

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: "en",
  localePrefix: "always",
});

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (routing.locales as readonly string[]).includes(value);
}

/** BCP 47 tag for `<html lang>`, Intl formatting and the PDF. */
export function htmlLang(locale: Locale): string {
  return locale === "zh" ? "zh-CN" : "en";
}

/** Picks the app locale for a browser's language list (navigator.languages), English otherwise. */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split("-")[0];
    if (primary === "zh") return "zh";
    if (primary === "en") return "en";
  }
  return routing.defaultLocale;
}

/** A label that already ends in a question mark, exclamation mark or colon takes no colon. */
const ENDS_IN_PUNCTUATION = /[?？!！:：]$/u;

/**
 * "Label: " in English, "标签：" in Chinese (full-width colon, no space). A question used as a
 * label keeps its own mark: "What data? x", "哪些数据？x", never "?:" or "？：".
 */
export function labelled(label: string, locale: string): string {
  const trimmed = label.trimEnd();
  if (ENDS_IN_PUNCTUATION.test(trimmed)) return locale === "zh" ? trimmed : `${trimmed} `;
  return locale === "zh" ? `${trimmed}：` : `${trimmed}: `;
}

/** " (note)" in English, "（note）" in Chinese (full-width brackets, no space). */
export function parenthesised(note: string, locale: string): string {
  return locale === "zh" ? `（${note}）` : ` (${note})`;
}
