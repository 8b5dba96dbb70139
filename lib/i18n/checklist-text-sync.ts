// Every checklist version's texts, imported at once: for tests, scripts and the e2e driver, which
// need them without waiting. The app never imports this (it would carry both languages of every
// version); it loads one with loadChecklistText() (load-checklist-text.ts).
import { getChecklistMessages } from "@/lib/checklist/message-files";

import { checklistTextFrom } from "./checklist-text";
import type { Locale } from "@/lib/base/locale";

export function createChecklistText(version: string, locale: Locale) {
  return checklistTextFrom(getChecklistMessages(version, locale), version, locale);
}
