"use client";

// Write-through autosave: every change writes the whole draft to IndexedDB at once, as one
// committed put (lib/storage writeDraft), so nothing typed is lost when the tab closes. If the
// draft is completed in another tab, this form stops writing. A failing store (quota, private
// mode, blocked) is reported, and the answers stay in memory for the user to download.
import { useCallback, useEffect, useRef, useState } from "react";

import type { Assessment } from "@/lib/assessment/assessment";
import type { Answers } from "@/lib/checklist/types";
import { ASSESSMENT_EVENTS, type AssessmentEvent, writeDraft } from "@/lib/storage/assessments";

export type SaveState = {
  status: "idle" | "saving" | "saved" | "failed" | "completedElsewhere";
  reason?: string;
};
type Changes = { answers: Answers; step: string };

export function useAutosave(initial: Assessment) {
  const [state, setState] = useState<SaveState>({ status: "idle" });
  const pending = useRef<Set<Promise<void>>>(new Set());
  const frozen = useRef(false);

  const save = useCallback(
    (changes: Changes) => {
      if (frozen.current) return;
      setState({ status: "saving" });
      const write = writeDraft({ ...initial, ...changes, updatedAt: new Date().toISOString() });
      pending.current.add(write);
      write
        .then(() => {
          pending.current.delete(write);
          if (pending.current.size === 0 && !frozen.current) setState({ status: "saved" });
        })
        .catch((error: unknown) => {
          pending.current.delete(write);
          setState({
            status: "failed",
            reason: error instanceof Error ? error.name || error.message : String(error),
          });
        });
    },
    [initial],
  );

  /** Resolves when every write issued so far has landed (or failed). */
  const flush = useCallback(async () => {
    await Promise.allSettled([...pending.current]);
  }, []);

  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const channel = new BroadcastChannel(ASSESSMENT_EVENTS);
    channel.onmessage = (message: MessageEvent<AssessmentEvent>) => {
      if (message.data.type === "completed" && message.data.id === initial.id) {
        frozen.current = true;
        setState({ status: "completedElsewhere" });
      }
    };
    return () => channel.close();
  }, [initial.id]);

  return { state, save, flush };
}
