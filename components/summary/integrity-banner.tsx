"use client";

// What the summary page shows instead of a verdict it cannot vouch for: a record whose stored
// verdict, fingerprint or chain does not match its answers (edited in the browser's storage,
// say). A stored record that does not even parse shows ./damaged-record.tsx.
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

import type { Assessment } from "@/lib/assessment/assessment";
import { checkIntegrity, type IntegrityProblem } from "@/lib/assessment/integrity";

export type IntegrityState = { status: "checking" } | { status: "checked"; problem: IntegrityProblem | null };

/** Re-derives a record's verdict and checks its fingerprint and chain (lib/assessment/integrity). */
export function useIntegrity(assessment: Assessment | null): IntegrityState {
  const [result, setResult] = useState<{ of: Assessment; problem: IntegrityProblem | null } | null>(null);
  useEffect(() => {
    if (!assessment) return;
    let live = true;
    checkIntegrity(assessment).then(
      (problem) => live && setResult({ of: assessment, problem }),
      () => live && setResult({ of: assessment, problem: "verdict_mismatch" }),
    );
    return () => {
      live = false;
    };
  }, [assessment]);
  return result && result.of === assessment
    ? { status: "checked", problem: result.problem }
    : { status: "checking" };
}

export function IntegrityBanner({ id, problem }: { id: string; problem: IntegrityProblem }) {
  const t = useTranslations("integrity.banner");
  return (
    <div role="alert" className="card integrity-banner" data-integrity={problem}>
      <h2>{t("title")}</h2>
      <p>{t("body", { id, problem: t(`problems.${problem}`) })}</p>
    </div>
  );
}

export function IntegrityChecking() {
  const t = useTranslations("integrity.banner");
  return <p role="status">{t("checking")}</p>;
}
