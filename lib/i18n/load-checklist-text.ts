// The texts of one checklist version in one language, loaded when a page needs them: each message
// file is its own chunk (registered with its version in lib/checklist/registry.ts), so a page in
// English never downloads the Chinese texts and a page without the checklist downloads none. A
// later version's files are laid over the version it builds on (see overlayMessages).
import { overlayMessages } from "@/lib/checklist/messages";
import { getRelease, isKnownChecklistVersion } from "@/lib/checklist/registry";

import { type ChecklistText, checklistTextFrom } from "./checklist-text";
import type { Locale, Messages } from "./locale";

/** The nested message object of one checklist version in one language. */
export async function loadChecklistMessages(version: string, locale: Locale): Promise<Messages> {
  if (!isKnownChecklistVersion(version)) throw new Error(`No messages for checklist version ${version}`);
  const release = getRelease(version);
  const [base, own] = await Promise.all([
    release.buildsOn ? loadChecklistMessages(release.buildsOn.version, locale) : undefined,
    release.texts[locale]().then((m) => m.default),
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
