// The fingerprint identifies the frozen content of a completed assessment: SHA-256 of its
// canonical JSON (keys sorted at every level, no whitespace). It covers what was decided — id,
// checklist version, answers, completion time and the frozen summary — and nothing that may be
// appended later (sign-offs, audit entries), so it never changes once an assessment is completed.
import type { Assessment } from "./assessment";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** JSON with object keys sorted recursively; `undefined` members are dropped as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) out[key] = sortKeys(member);
    }
    return out;
  }
  return value as Json;
}

export function fingerprintContent(
  a: Pick<Assessment, "id" | "checklistVersion" | "answers" | "completedAt" | "summary"> &
    Partial<Pick<Assessment, "screening">>,
) {
  return {
    id: a.id,
    checklistVersion: a.checklistVersion,
    answers: a.answers,
    completedAt: a.completedAt,
    summary: a.summary,
    // Absent on assessments without screening, so their canonical JSON (and fingerprint) is unchanged.
    screening: a.screening,
  };
}

export async function fingerprint(a: Parameters<typeof fingerprintContent>[0]): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(fingerprintContent(a)));
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
