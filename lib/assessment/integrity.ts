// Is a stored or imported assessment what it says it is? A completed assessment's frozen summary
// must be exactly what the engine gives for its answers, with its own checklist version and
// date; its fingerprint must match its content; its chain (required from seal 2) must match its
// trail; its answer sources must name its checklist's questions, its screening record (from seal 2)
// must give the answers it has, and none of its dates may lie in the future.
// A draft holds nothing of a completed one. The engine is deterministic, so a verdict edited in
// a file or in the browser's storage no longer matches the answers and is caught here, whether
// or not the fingerprint was recomputed.
import { getChecklist, isKnownChecklistVersion } from "@/lib/checklist/registry";
import { questionsById } from "@/lib/checklist/conditions";
import { evaluateRisk } from "@/lib/risk/evaluate-risk";
import { screeningAnswers } from "@/lib/screening/outcome";

import type { Assessment } from "./assessment";
import { isFutureDate } from "./dates";
import { chainHead } from "./chain";
import { canonicalJson } from "./canonical-json";
import { fingerprint } from "./fingerprint";

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
  /** A completed record of a seal that always writes a chain (seal 2) has none. */
  "chain_missing",
  /** An answer source names something that is not a question of the record's checklist. */
  "answer_sources",
  /** The screening record gives another answer to a list question than the record has. */
  "screening_mismatch",
  /** A completion, audit entry, sign-off or letter date lies in the future. */
  "future_date",
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

/** The first date of the record that lies in the future (beyond a day's skew), or null. */
export function futureDate(a: Assessment, now = Date.now()): string | null {
  const dates = [
    a.completedAt,
    ...(a.audit ?? []).map((e) => e.at),
    ...(a.signOffs ?? []).map((s) => s.at),
    ...Object.values(a.answerSources ?? {}).map((source) => source.date),
  ];
  return dates.find((d) => d !== undefined && isFutureDate(d, now)) ?? null;
}

/** Whether every answer source names a question of the record's checklist. */
function sourcesAreQuestions(a: Assessment): boolean {
  if (!a.answerSources) return true;
  if (!isKnownChecklistVersion(a.checklistVersion)) return false;
  const questions = questionsById(getChecklist(a.checklistVersion));
  return Object.keys(a.answerSources).every((id) => questions.has(id));
}

/**
 * Whether the screening record and the answers agree: a list question screened with a confirmed
 * match must be answered "yes", one where every possible match was dismissed (or none found) "no".
 */
export function screeningAgrees(a: Pick<Assessment, "answers" | "screening">): boolean {
  if (!a.screening) return true;
  return Object.entries(screeningAnswers(a.screening)).every(
    ([question, value]) => a.answers[question] === value,
  );
}

/** The first problem found, or null when the record is consistent. */
export async function checkIntegrity(a: Assessment, now = Date.now()): Promise<IntegrityProblem | null> {
  if (futureDate(a, now)) return "future_date";
  if (!sourcesAreQuestions(a)) return "answer_sources";
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
  if (!screeningAgrees(a)) return "screening_mismatch";
  if (a.sealVersion !== undefined && a.chain === undefined) return "chain_missing";
  if (a.chain !== undefined && (await chainHead({ ...a, fingerprint: a.fingerprint })) !== a.chain)
    return "chain_mismatch";
  return null;
}
