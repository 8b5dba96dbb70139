import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["en", "zh"],
  defaultLocale: "en",
  localePrefix: "always",
});

export type Locale = (typeof routing.locales)[number];

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

/** "Label: " in English, "标签：" in Chinese (full-width colon, no space). */
export function labelled(label: string, locale: string): string {
  return locale === "zh" ? `${label}：` : `${label}: `;
}
