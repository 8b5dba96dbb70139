// The fingerprint identifies the frozen content of a completed assessment: SHA-256 of its
// canonical JSON. It covers what was decided — id, checklist version, answers, completion time
// and the frozen summary (and, from seal 2, the answer sources) — and nothing that may be appended later (sign-offs, audit entries,
// the re-assess-by date: chain.ts covers those), so it never changes once an assessment is
// completed.
import type { Assessment } from "./assessment";
import { canonicalJson, sha256Hex } from "./canonical-json";

export function fingerprintContent(
  a: Pick<Assessment, "id" | "checklistVersion" | "answers" | "completedAt" | "summary"> &
    Partial<Pick<Assessment, "screening" | "sealVersion" | "answerSources">>,
) {
  return {
    id: a.id,
    checklistVersion: a.checklistVersion,
    answers: a.answers,
    completedAt: a.completedAt,
    summary: a.summary,
    // Absent on assessments without screening, so their canonical JSON (and fingerprint) is unchanged.
    screening: a.screening,
    // Seal 2 and later (assessment.ts SEAL_VERSION): the marker itself, so that removing it changes
    // the fingerprint, and the answer sources the summary shows. Older records: both left out.
    ...(a.sealVersion !== undefined
      ? { sealVersion: a.sealVersion, answerSources: a.answerSources ?? {} }
      : {}),
  };
}

export function fingerprint(a: Parameters<typeof fingerprintContent>[0]): Promise<string> {
  return sha256Hex(canonicalJson(fingerprintContent(a)));
}
