// Every checklist version's texts in both languages, imported at once: for tests, scripts and the
// e2e driver. The app loads one version in one language when a page needs it
// (lib/i18n/load-checklist-text.ts); register a new version in both places (a unit test checks).
import en2026_1 from "./2026.1/messages/en.json";
import zh2026_1 from "./2026.1/messages/zh.json";
import en2026_2 from "./2026.2/messages/en.json";
import zh2026_2 from "./2026.2/messages/zh.json";
import en2026_3 from "./2026.3/messages/en.json";
import zh2026_3 from "./2026.3/messages/zh.json";
import type { Locale, Messages } from "@/lib/i18n/locale";

import { overlayMessages } from "./messages";

const en2026_2All = overlayMessages(en2026_1, en2026_2);
const zh2026_2All = overlayMessages(zh2026_1, zh2026_2);

const MESSAGES: Record<string, Record<Locale, Messages>> = {
  "2026.1": { en: en2026_1, zh: zh2026_1 },
  "2026.2": { en: en2026_2All, zh: zh2026_2All },
  "2026.3": { en: overlayMessages(en2026_2All, en2026_3), zh: overlayMessages(zh2026_2All, zh2026_3) },
};

/** The nested message object of one checklist version in one language. */
export function getChecklistMessages(version: string, locale: Locale): Messages {
  const byLocale = MESSAGES[version];
  if (!byLocale) throw new Error(`No messages for checklist version ${version}`);
  return byLocale[locale];
}
