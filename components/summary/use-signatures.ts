"use client";

import { useEffect, useMemo, useState } from "react";

import type { Assessment } from "@/lib/assessment/assessment";
import { checkSignOffs, type SignOffCheck } from "@/lib/assessment/signature";
import { signingKeys } from "@/lib/storage";

export interface Signatures {
  /** Each sign-off's signature checked, in order; null while checking. */
  checks: readonly SignOffCheck[] | null;
  /** The reader's trusted reviewers: key fingerprint → name. */
  trusted: ReadonlyMap<string, string>;
}

const NONE: ReadonlyMap<string, string> = new Map();

/**
 * The record's sign-offs verified on display (WebCrypto is asynchronous: until it answers, every
 * sign-off reads as being checked, never as its decision) and this browser's trusted reviewers,
 * which the trusted reviewers panel may change while the page is open.
 */
export function useSignatures(assessment: Assessment): Signatures {
  const [checked, setChecked] = useState<{ of: Assessment; checks: SignOffCheck[] } | null>(null);
  const [trusted, setTrusted] = useState(NONE);

  useEffect(() => {
    let live = true;
    void checkSignOffs(assessment).then((checks) => {
      if (live) setChecked({ of: assessment, checks });
    });
    return () => {
      live = false;
    };
  }, [assessment]);

  const signed = (assessment.signOffs ?? []).some((s) => s.signature);
  useEffect(() => {
    if (!signed) return;
    let live = true;
    let unsubscribe = () => {};
    void signingKeys().then((keys) => {
      const load = () =>
        void keys
          .listTrustedReviewers()
          .then((list) => live && setTrusted(new Map(list.map((r) => [r.key, r.name]))))
          .catch(() => undefined);
      load();
      if (live) unsubscribe = keys.onTrustedReviewersChange(load);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [signed]);

  const checks = checked?.of === assessment ? checked.checks : null;
  return useMemo(() => ({ checks, trusted }), [checks, trusted]);
}
