"use client";

// Write-through autosave with one writer per draft: every change writes, in one read-check-write
// transaction (lib/storage writeDraft), only the answers this tab changed, on top of what is
// stored now. Several tabs on one draft therefore merge per answer; where two tabs changed the
// same answer, the later write wins and the tab whose answer was replaced is told, with the value
// it lost. Other tabs' saves reach this form (onRemoteAnswers) so it shows, and completes, the
// merged answers. If the draft is completed elsewhere, this form stops writing; a completed
// record is never written by a draft save. A failing store (quota, private mode, blocked) is
// reported, and the answers stay in memory for the user to download.
//
// The form renders without the database code (Dexie, lib/storage/assessments): a change is
// journalled on the keystroke itself (lib/storage journalEdit: localStorage, synchronously), and
// its IndexedDB write (saveJournalledEdit) loads Dexie with the first change. Writes keep the
// order of the changes: each waits on the same load.
import { useCallback, useEffect, useRef, useState } from "react";

import type { Assessment } from "@/lib/assessment/assessment";
import { canonicalJson } from "@/lib/assessment/canonical-json";
import type { Answers } from "@/lib/checklist/types";
import {
  ASSESSMENT_EVENTS,
  AssessmentFrozenError,
  type AssessmentEvent,
  journalEdit,
  type JournalledEdit,
  type Overwritten,
  THIS_TAB,
  saveJournalledEdit,
} from "@/lib/storage";

export type SaveState = {
  status: "idle" | "saving" | "saved" | "failed" | "completedElsewhere";
  reason?: string;
};
type Changes = { answers: Answers; step: string };

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

/** The answers that differ between two answer sets (undefined where `after` has none). */
export function changedAnswers(before: Answers, after: Answers): Answers {
  const changed: Answers = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)]))
    if (!same(before[key], after[key])) changed[key] = after[key];
  return changed;
}

/** The IndexedDB half of a save, in the order the edits were journalled (lib/storage keeps it). */
const applyJournalled = (edit: JournalledEdit) => saveJournalledEdit(edit);

export function useAutosave(
  initial: Assessment,
  options: { onRemoteAnswers?: (changed: Answers) => void } = {},
) {
  const [state, setState] = useState<SaveState>({ status: "idle" });
  /** Answers of this tab that another tab's later write replaced, newest last. */
  const [overwritten, setOverwritten] = useState<Overwritten[]>([]);
  const pending = useRef<Set<Promise<unknown>>>(new Set());
  const frozen = useRef(false);
  /** What this tab expects to be stored: what it last saw, plus its own writes in flight. */
  const base = useRef<Answers>(initial.answers);
  /** The form's answers at the last save, to tell which answers a change touched. */
  const shown = useRef<Answers>(initial.answers);
  /** The last value this tab itself wrote to each answer, and when it was stored. */
  const written = useRef<Answers>({});
  const writtenAt = useRef<Record<string, string>>({});
  /** Answers with a write of this tab still in flight (it will land after any event heard now). */
  const inFlight = useRef<Map<string, number>>(new Map());
  const onRemote = useRef(options.onRemoteAnswers);
  useEffect(() => {
    onRemote.current = options.onRemoteAnswers;
  });

  const stop = useCallback(() => {
    frozen.current = true;
    setState({ status: "completedElsewhere" });
  }, []);

  const save = useCallback(
    (changes: Changes) => {
      if (frozen.current) return;
      const changed = changedAnswers(shown.current, changes.answers);
      shown.current = changes.answers;
      const edit = { id: initial.id, base: base.current, changed, step: changes.step };
      base.current = { ...base.current, ...changed };
      Object.assign(written.current, changed);
      setState({ status: "saving" });
      const keys = Object.keys(changed);
      for (const k of keys) inFlight.current.set(k, (inFlight.current.get(k) ?? 0) + 1);
      const write = applyJournalled(journalEdit(edit));
      pending.current.add(write);
      void write
        .finally(() => {
          for (const k of keys) inFlight.current.set(k, inFlight.current.get(k)! - 1);
        })
        .catch(() => undefined);
      write
        .then(({ stored }) => {
          for (const k of keys) writtenAt.current[k] = stored.updatedAt;
          pending.current.delete(write);
          if (pending.current.size === 0 && !frozen.current) setState({ status: "saved" });
        })
        .catch((error: unknown) => {
          pending.current.delete(write);
          if (error instanceof AssessmentFrozenError) return stop();
          setState({
            status: "failed",
            reason: error instanceof Error ? error.name || error.message : String(error),
          });
        });
    },
    [initial.id, stop],
  );

  /** Resolves when every write issued so far has landed (or failed). */
  const flush = useCallback(async () => {
    await Promise.allSettled([...pending.current]);
  }, []);

  const dismiss = useCallback(() => setOverwritten([]), []);

  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const channel = new BroadcastChannel(ASSESSMENT_EVENTS);
    channel.onmessage = (message: MessageEvent<AssessmentEvent>) => {
      const event = message.data;
      if (event.id !== initial.id || event.from === THIS_TAB) return;
      if (event.type === "completed") return stop();
      // Answers this tab wrote that the other tab's later write replaced: say so, with the value.
      const lost = event.overwritten.filter(
        (o) => Object.hasOwn(written.current, o.question) && same(written.current[o.question], o.replaced),
      );
      if (lost.length > 0) setOverwritten((list) => [...list, ...lost].slice(-20));
      // Another tab's answers become this tab's (what it stores, what it shows), except those
      // this tab has written since: its own later write is what is stored.
      const theirs: Answers = {};
      for (const [question, value] of Object.entries(event.changed)) {
        const mineLater = (writtenAt.current[question] ?? "") >= event.at;
        if ((inFlight.current.get(question) ?? 0) > 0 || mineLater) continue;
        theirs[question] = value;
        delete written.current[question];
      }
      if (Object.keys(theirs).length === 0) return;
      base.current = { ...base.current, ...theirs };
      shown.current = { ...shown.current, ...theirs };
      onRemote.current?.(theirs);
    };
    return () => channel.close();
  }, [initial.id, stop]);

  return { state, save, flush, overwritten, dismiss };
}
