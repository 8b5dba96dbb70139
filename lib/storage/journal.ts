// Autosave's journal: each draft edit of this tab, kept until its IndexedDB write has landed.
//
// It lives in localStorage, not IndexedDB, because a write there leaves the page at once:
// setItem hands the value to the browser before it returns, while an IndexedDB transaction that
// has not finished when the tab closes is aborted with the page (typing fast and closing the tab
// lost the last characters that way). One key per draft and tab holds that tab's unwritten edits
// (usually one or two); it is rewritten on every keystroke and removed once they have all
// landed. A draft opened later applies what a closed tab left (assessments.ts applyPendingEdits),
// except edits at or below the tab's applied sequence (appliedEdits), which are in the draft.
// Without localStorage (blocked, private mode, Node) nothing is journalled and every edit is
// still written to IndexedDB; the journal only covers the instant between the two.
import type { PendingEdit } from "./db";

const PREFIX = "commission-check:journal:";

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** `${id}:${time}:${tab}:${sequence}`: the parts the journal reads back. */
export const sequenceOf = (key: string) => Number(key.slice(key.lastIndexOf(":") + 1));
export const tabOf = (key: string) => key.split(":").at(-2) ?? "";

/** This tab's edits per draft whose write has not landed yet. */
const unwritten = new Map<string, PendingEdit[]>();

function store(id: string, tab: string, edits: PendingEdit[]): void {
  const key = `${PREFIX}${id}:${tab}`;
  try {
    if (edits.length === 0) storage()?.removeItem(key);
    else storage()?.setItem(key, JSON.stringify(edits));
  } catch {
    // Quota or blocked storage: the IndexedDB write that follows still carries the edit.
  }
}

/**
 * Journals one edit of this tab (`tab`), before its write is started. An earlier unwritten edit
 * whose answers this one all changes again is dropped (this one's values are the ones replayed),
 * its base kept (what the tab saw before its first change), so that while writes keep failing
 * the journal holds one entry per answer typed, not one per keystroke.
 */
export function journal(edit: PendingEdit, tab: string): void {
  const questions = Object.keys(edit.changed);
  const base = { ...edit.base };
  const kept: PendingEdit[] = [];
  const seen = new Set<string>();
  for (const earlier of unwritten.get(edit.id) ?? []) {
    const changed = Object.keys(earlier.changed);
    if (!changed.every((q) => questions.includes(q))) {
      kept.push(earlier);
      continue;
    }
    for (const q of changed) {
      if (!seen.has(q)) base[q] = earlier.base[q];
      seen.add(q);
    }
  }
  const edits = [...kept, { ...edit, base }];
  unwritten.set(edit.id, edits);
  store(edit.id, tab, edits);
}

/** This tab's write of `sequence` to draft `id` has landed: it and every earlier edit are done. */
export function written(id: string, tab: string, sequence: number): void {
  const edits = (unwritten.get(id) ?? []).filter((e) => sequenceOf(e.key) > sequence);
  if (edits.length === 0) unwritten.delete(id);
  else unwritten.set(id, edits);
  store(id, tab, edits);
}

/** Every tab's journalled edits to draft `id`, and a function that removes what was read. */
export function journalled(id: string): { edits: PendingEdit[]; remove: () => void } {
  const local = storage();
  if (!local) return { edits: [], remove: () => undefined };
  const read = new Map<string, string>();
  for (let i = 0; i < local.length; i++) {
    const key = local.key(i);
    if (key?.startsWith(`${PREFIX}${id}:`)) read.set(key, local.getItem(key) ?? "[]");
  }
  const edits: PendingEdit[] = [];
  for (const text of read.values()) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) edits.push(...(parsed as PendingEdit[]).filter((e) => e?.id === id));
    } catch {
      // A damaged entry is dropped; the draft keeps what IndexedDB holds.
    }
  }
  return {
    edits,
    // Only entries unchanged since they were read: a tab still typing may have journalled more.
    remove: () => {
      for (const [key, text] of read) if (local.getItem(key) === text) local.removeItem(key);
    },
  };
}

/** Forgets every journal entry of draft `id` (the draft is deleted). */
export function forgetJournal(id: string): void {
  journalled(id).remove();
  unwritten.delete(id);
}
