// What a draft's open form needs from storage before anything is written: this tab's identity,
// the channel on which tabs hear about each other's saves, the errors a save can end with, and
// the first half of a save (journalEdit).
// Kept apart from assessments.ts (which brings Dexie) so the form renders without the database
// code; assessments.ts re-exports all of it.
import type { Assessment } from "@/lib/assessment/assessment";
import type { Answers } from "@/lib/checklist/types";

import { journal } from "./journal";

export class AssessmentNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`No assessment with id ${id} in this browser`);
  }
}

export class AssessmentFrozenError extends Error {
  constructor(readonly id: string) {
    super(`Assessment ${id} is completed and cannot be changed`);
    this.name = "AssessmentFrozenError";
  }
}

/** Completion refused: the stored answers are not the ones shown (another tab changed them). */
export class AssessmentChangedError extends Error {
  constructor(readonly id: string) {
    super(`Assessment ${id} was changed in another tab; review its answers again`);
    this.name = "AssessmentChangedError";
  }
}

/** What one tab's autosave writes: only the answers it changed, and what it last saw stored. */
export interface DraftEdit {
  id: string;
  /** The stored answers this tab last saw (including its own writes), to detect other tabs' changes. */
  base: Answers;
  /** The answers this tab changed since its last write; undefined clears an answer. */
  changed: Answers;
  step: string;
  /** Where answers came from (the client's letter), replacing the stored notes when given. */
  answerSources?: Assessment["answerSources"];
}

/** An answer another tab had stored that this write replaced (the later write wins). */
export interface Overwritten {
  question: string;
  /** The value the other tab had stored (undefined: it had cleared it). */
  replaced: Answers[string];
  /** The value that replaced it. */
  by: Answers[string];
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Other tabs of this app hear what happened to an assessment: its open forms merge or stop. */
export const ASSESSMENT_EVENTS = "commission-check:assessments";
export type AssessmentEvent = { from: string } & (
  | { type: "completed"; id: string }
  | {
      type: "saved";
      id: string;
      /** The write's updatedAt: a tab ignores an answer it has written itself since. */
      at: string;
      changed: Answers;
      overwritten: Overwritten[];
    }
);

/** This tab (this page's JavaScript realm), so that a tab ignores its own announcements. */
export const THIS_TAB = typeof crypto === "undefined" ? "" : crypto.randomUUID();

export function announce(event: DistributiveOmit<AssessmentEvent, "from">) {
  if (typeof BroadcastChannel === "undefined") return;
  const channel = new BroadcastChannel(ASSESSMENT_EVENTS);
  channel.postMessage({ ...event, from: THIS_TAB });
  channel.close();
}

/** A draft edit of this tab in the journal, waiting for its IndexedDB write (assessments.ts). */
export interface JournalledEdit {
  edit: DraftEdit;
  /** This tab's sequence number of the edit (the journal key's last part). */
  sequence: number;
}

let sequence = 0;

/**
 * The first half of autosave's write: the edit journalled by this tab, synchronously, under the
 * next sequence number. Called on the keystroke itself, so nothing typed waits for the database
 * code to load; assessments.ts applyJournalledEdit writes it to IndexedDB, in the same order.
 */
export function journalEdit(edit: DraftEdit): JournalledEdit {
  const n = sequence++;
  const key = `${edit.id}:${new Date().toISOString()}:${THIS_TAB}:${String(n).padStart(9, "0")}`;
  // The journal needs the base of the changed answers only (to tell another tab's change apart).
  const base = Object.fromEntries(Object.keys(edit.changed).map((q) => [q, edit.base[q]]));
  journal({ ...edit, key, base }, THIS_TAB);
  return { edit, sequence: n };
}

/** Completion refused: a list question's answer is not what the draft's screening found. */
export class ScreeningDisagreesError extends Error {
  constructor(readonly id: string) {
    super(
      "The answer to a list question is not what the screening found. Screen the names again in the identity step, or change the answer back.",
    );
    this.name = "ScreeningDisagreesError";
  }
}
