// The checklist registry, the one barrel of lib/checklist, and the one place a version is
// registered. A version is a folder, lib/checklist/<version>/: its definition (checklist.ts,
// usually changes to the version it builds on), its texts (messages/en.json and zh.json, laid over
// those of the version it builds on) and, in migrations/, how answers of the version it builds on
// become its answers. Its one entry below is all that the rest reads: the engine and storage
// (getChecklist), the pages' per-language text chunks (lib/i18n/load-checklist-text.ts), the
// migration chain of a re-assessment (migrations/migrate.ts), and the texts tests and scripts read
// at once (message-files.ts). An assessment names the version it was answered against and is
// always rendered and scored with that definition.
import type { Locale, Messages } from "@/lib/base/locale";

import { checklist2026_1 } from "./2026.1/checklist";
import { checklist2026_2 } from "./2026.2/checklist";
import { checklist2026_3 } from "./2026.3/checklist";
import { checklist2026_4 } from "./2026.4/checklist";
import { migrateAnswers2026_1to2026_2 } from "./migrations/2026.1-to-2026.2";
import { migrateAnswers2026_2to2026_3 } from "./migrations/2026.2-to-2026.3";
import { migrateAnswers2026_3to2026_4 } from "./migrations/2026.3-to-2026.4";
import type { AnswersMigration } from "./migrations/migration";
import type { Checklist } from "./types";

/** One message file, as its own chunk: a page loads one version in one language. */
type MessageFile = () => Promise<{ default: Messages }>;

export interface Release {
  readonly checklist: Checklist;
  /** The version this one changes: its texts lie under this one's, its answers migrate to it. */
  readonly buildsOn?: { readonly version: string; readonly migrate: AnswersMigration };
  readonly texts: Readonly<Record<Locale, MessageFile>>;
  /** The same files without the summary's texts, for the assessment form (`?form`, next.config.js). */
  readonly formTexts: Readonly<Record<Locale, MessageFile>>;
  /** The same files without the form's own texts, for the pages showing one (`?reading`). */
  readonly readingTexts: Readonly<Record<Locale, MessageFile>>;
}

const RELEASES = {
  "2026.1": {
    checklist: checklist2026_1,
    texts: {
      en: () => import("./2026.1/messages/en.json"),
      zh: () => import("./2026.1/messages/zh.json"),
    },
    formTexts: {
      en: () => import("./2026.1/messages/en.json?form"),
      zh: () => import("./2026.1/messages/zh.json?form"),
    },
    readingTexts: {
      en: () => import("./2026.1/messages/en.json?reading"),
      zh: () => import("./2026.1/messages/zh.json?reading"),
    },
  },
  "2026.2": {
    checklist: checklist2026_2,
    buildsOn: { version: "2026.1", migrate: migrateAnswers2026_1to2026_2 },
    texts: {
      en: () => import("./2026.2/messages/en.json"),
      zh: () => import("./2026.2/messages/zh.json"),
    },
    formTexts: {
      en: () => import("./2026.2/messages/en.json?form"),
      zh: () => import("./2026.2/messages/zh.json?form"),
    },
    readingTexts: {
      en: () => import("./2026.2/messages/en.json?reading"),
      zh: () => import("./2026.2/messages/zh.json?reading"),
    },
  },
  "2026.3": {
    checklist: checklist2026_3,
    buildsOn: { version: "2026.2", migrate: migrateAnswers2026_2to2026_3 },
    texts: {
      en: () => import("./2026.3/messages/en.json"),
      zh: () => import("./2026.3/messages/zh.json"),
    },
    formTexts: {
      en: () => import("./2026.3/messages/en.json?form"),
      zh: () => import("./2026.3/messages/zh.json?form"),
    },
    readingTexts: {
      en: () => import("./2026.3/messages/en.json?reading"),
      zh: () => import("./2026.3/messages/zh.json?reading"),
    },
  },
  "2026.4": {
    checklist: checklist2026_4,
    buildsOn: { version: "2026.3", migrate: migrateAnswers2026_3to2026_4 },
    texts: {
      en: () => import("./2026.4/messages/en.json"),
      zh: () => import("./2026.4/messages/zh.json"),
    },
    formTexts: {
      en: () => import("./2026.4/messages/en.json?form"),
      zh: () => import("./2026.4/messages/zh.json?form"),
    },
    readingTexts: {
      en: () => import("./2026.4/messages/en.json?reading"),
      zh: () => import("./2026.4/messages/zh.json?reading"),
    },
  },
} as const satisfies Record<string, Release>;

export type ChecklistVersion = keyof typeof RELEASES;

/** Every released version, oldest first. */
export const CHECKLIST_VERSIONS = Object.keys(RELEASES) as readonly ChecklistVersion[];

/** New assessments are answered against the newest version. */
export const CURRENT_CHECKLIST_VERSION: ChecklistVersion = CHECKLIST_VERSIONS.at(-1)!;

export const CHECKLISTS: Readonly<Record<string, Checklist>> = Object.fromEntries(
  CHECKLIST_VERSIONS.map((version) => [version, RELEASES[version].checklist]),
);

export function isKnownChecklistVersion(version: string): version is ChecklistVersion {
  return Object.hasOwn(RELEASES, version);
}

/** The registration of one version; throws for a version this build does not know. */
export function getRelease(version: string): Release {
  if (!isKnownChecklistVersion(version)) throw new Error(`Unknown checklist version ${version}`);
  return RELEASES[version];
}

export function getChecklist(version: string): Checklist {
  return getRelease(version).checklist;
}
