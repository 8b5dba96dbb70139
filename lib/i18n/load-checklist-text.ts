// The texts of one checklist version in one language, loaded when a page needs them: each message
// file is its own chunk, so a page in English never downloads the Chinese texts and a page
// without the checklist downloads none. A later version's files are laid over the version it
// builds on (see overlayMessages). A new version: add its files here and in
// lib/checklist/message-files.ts (load-checklist-text.test.ts checks both agree).
import { overlayMessages } from "@/lib/checklist/messages";

import { type ChecklistText, checklistTextFrom } from "./checklist-text";
import type { Locale, Messages } from "./locale";

type MessageFile = () => Promise<{ default: Messages }>;

const FILES: Record<string, { buildsOn?: string; en: MessageFile; zh: MessageFile }> = {
  "2026.1": {
    en: () => import("@/lib/checklist/2026.1/messages/en.json"),
    zh: () => import("@/lib/checklist/2026.1/messages/zh.json"),
  },
  "2026.2": {
    buildsOn: "2026.1",
    en: () => import("@/lib/checklist/2026.2/messages/en.json"),
    zh: () => import("@/lib/checklist/2026.2/messages/zh.json"),
  },
  "2026.3": {
    buildsOn: "2026.2",
    en: () => import("@/lib/checklist/2026.3/messages/en.json"),
    zh: () => import("@/lib/checklist/2026.3/messages/zh.json"),
  },
};

/** The nested message object of one checklist version in one language. */
export async function loadChecklistMessages(version: string, locale: Locale): Promise<Messages> {
  const files = Object.hasOwn(FILES, version) ? FILES[version] : undefined;
  if (!files) throw new Error(`No messages for checklist version ${version}`);
  const [base, own] = await Promise.all([
    files.buildsOn ? loadChecklistMessages(files.buildsOn, locale) : undefined,
    files[locale]().then((m) => m.default),
  ]);
  return base ? overlayMessages(base, own) : own;
}

const loaded = new Map<string, Promise<ChecklistText>>();

/** The texts of `version` in `locale`, loaded once per page. */
export function loadChecklistText(version: string, locale: Locale): Promise<ChecklistText> {
  const key = `${version}/${locale}`;
  let text = loaded.get(key);
  if (!text) {
    text = loadChecklistMessages(version, locale).then((messages) =>
      checklistTextFrom(messages, version, locale),
    );
    text.catch(() => loaded.delete(key));
    loaded.set(key, text);
  }
  return text;
}
