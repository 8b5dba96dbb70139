// The checklist registry, the one barrel of lib/checklist, and the one place a version's
// definition is registered. A version is a folder, lib/checklist/<version>/: its definition
// (checklist.ts, usually changes to the version it builds on), its texts (messages/, laid over
// those of the version it builds on) and, in migrations/, how answers of the version it builds on
// become its answers. Its one entry below is what the engine and storage (getChecklist) and the
// migration chain of a re-assessment (migrations/migrate.ts) read. An assessment names the
// version it was answered against and is always rendered and scored with that definition.
//
// A version's texts in one language are up to three files, split by who reads them:
// <locale>.json (what the form and the pages showing an assessment both read), <locale>.form.json
// (only the form: each question's help, the validation messages) and <locale>.reading.json (only
// the pages showing an assessment: flags, rules, approvals, reporting, open unknowns, the
// condition a control places). message-files.ts says which key goes in which file. The pages load
// them through texts/ (one module per reader and language, listing every version's files: each is
// one chunk, so a page loads one file, gzipped whole); tests and scripts read the folders
// (message-files.ts). load-checklist-text.test.ts checks that every file keeps to its part and
// that texts/ lists every file there is.
import { checklist2026_1 } from "./2026.1/checklist";
import { checklist2026_2 } from "./2026.2/checklist";
import { checklist2026_3 } from "./2026.3/checklist";
import { checklist2026_4 } from "./2026.4/checklist";
import { migrateAnswers2026_1to2026_2 } from "./migrations/2026.1-to-2026.2";
import { migrateAnswers2026_2to2026_3 } from "./migrations/2026.2-to-2026.3";
import { migrateAnswers2026_3to2026_4 } from "./migrations/2026.3-to-2026.4";
import type { AnswersMigration } from "./migrations/migration";
import type { Checklist } from "./types";

export interface Release {
  readonly checklist: Checklist;
  /** The version this one changes: its texts lie under this one's, its answers migrate to it. */
  readonly buildsOn?: { readonly version: string; readonly migrate: AnswersMigration };
}

const RELEASES = {
  "2026.1": {
    checklist: checklist2026_1,
  },
  "2026.2": {
    checklist: checklist2026_2,
    buildsOn: { version: "2026.1", migrate: migrateAnswers2026_1to2026_2 },
  },
  "2026.3": {
    checklist: checklist2026_3,
    buildsOn: { version: "2026.2", migrate: migrateAnswers2026_2to2026_3 },
  },
  "2026.4": {
    checklist: checklist2026_4,
    buildsOn: { version: "2026.3", migrate: migrateAnswers2026_3to2026_4 },
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
