// Is a stored or imported assessment what it says it is? A completed assessment's frozen summary
// must be exactly what the engine gives for its answers, with its own checklist version and
// date; its fingerprint must match its content; its chain (when present) must match its trail.
// A draft holds nothing of a completed one. The engine is deterministic, so a verdict edited in
// a file or in the browser's storage no longer matches the answers and is caught here, whether
// or not the fingerprint was recomputed.
import { getChecklist, isKnownChecklistVersion } from "@/lib/checklist/registry";
import { evaluateRisk } from "@/lib/risk/evaluate-risk";

import type { Assessment } from "./assessment";
import { chainHead } from "./chain";
import { canonicalJson, fingerprint } from "./fingerprint";

export const INTEGRITY_PROBLEMS = [
  /** A draft that carries a summary, fingerprint, completion time, chain or sign-off. */
  "draft_has_verdict",
  /** A completed record without its summary, fingerprint or completion time. */
  "incomplete",
  "unknown_checklist",
  /** The summary names another checklist version, or a date far from the completion time. */
  "summary_context",
  /** The summary is not what the engine gives for the answers. */
  "verdict_mismatch",
  /** The fingerprint does not match the content. */
  "fingerprint_mismatch",
  /** The audit trail, sign-offs or re-assess-by date do not match the chain. */
  "chain_mismatch",
] as const;
export type IntegrityProblem = (typeof INTEGRITY_PROBLEMS)[number];

const DAY = 24 * 60 * 60 * 1000;

/** The engine's summary for the record's answers, with its checklist version and frozen date. */
export function rederive(a: Assessment): ReturnType<typeof evaluateRisk> | null {
  if (!a.summary || !isKnownChecklistVersion(a.checklistVersion)) return null;
  try {
    return evaluateRisk(getChecklist(a.checklistVersion), a.answers, { date: a.summary.date });
  } catch {
    return null;
  }
}

/** The first problem found, or null when the record is consistent. */
export async function checkIntegrity(a: Assessment): Promise<IntegrityProblem | null> {
  if (a.status === "draft") {
    return a.summary || a.fingerprint || a.completedAt || a.chain || a.signOffs?.length
      ? "draft_has_verdict"
      : null;
  }
  if (!a.summary || !a.fingerprint || !a.completedAt) return "incomplete";
  if (!isKnownChecklistVersion(a.checklistVersion)) return "unknown_checklist";
  // The engine's date is the local calendar date at completion: within a day of the UTC time.
  const drift = Math.abs(Date.parse(`${a.summary.date}T12:00:00Z`) - Date.parse(a.completedAt));
  if (a.summary.checklistVersion !== a.checklistVersion || !(drift <= 1.5 * DAY)) return "summary_context";
  const again = rederive(a);
  if (!again || canonicalJson(again) !== canonicalJson(a.summary)) return "verdict_mismatch";
  if ((await fingerprint(a)) !== a.fingerprint) return "fingerprint_mismatch";
  if (a.chain !== undefined && (await chainHead({ ...a, fingerprint: a.fingerprint })) !== a.chain)
    return "chain_mismatch";
  return null;
}
