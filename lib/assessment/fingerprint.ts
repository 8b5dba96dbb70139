// The fingerprint identifies the frozen content of a completed assessment: SHA-256 of its
// canonical JSON. It covers what was decided — id, checklist version, answers, completion time
// and the frozen summary (and, from seal 2, the answer sources) — and nothing that may be appended later (sign-offs, audit entries,
// the re-assess-by date: chain.ts covers those), so it never changes once an assessment is
// completed.
//
// Canonical JSON (specified in the README, "Fingerprint and chain"): JSON text as
// JSON.stringify writes it, without whitespace; object members sorted by key in UTF-16 code-unit
// order; members whose value is undefined left out (as JSON.stringify does). Every own enumerable
// key counts, "__proto__" included: the text is written directly, never by building sorted
// objects, so no key can turn into a prototype on the way.
import type { Assessment } from "./assessment";

/** The canonical JSON text of a JSON value (see above). */
export function canonicalJson(value: unknown): string {
  return write(value) ?? "null";
}

/** undefined for what JSON leaves out (undefined, functions, symbols), like JSON.stringify. */
function write(value: unknown): string | undefined {
  if (value === null) return "null";
  const type = typeof value;
  if (type === "string" || type === "number" || type === "boolean") return JSON.stringify(value);
  if (type !== "object") return undefined;
  if (Array.isArray(value)) return `[${Array.from(value, (item) => write(item) ?? "null").join(",")}]`;
  const members: string[] = [];
  for (const key of Object.keys(value as object).sort()) {
    const member = write((value as Record<string, unknown>)[key]);
    if (member !== undefined) members.push(`${JSON.stringify(key)}:${member}`);
  }
  return `{${members.join(",")}}`;
}

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

/** SHA-256 of a text, as 64 lower-case hex digits. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

export function fingerprint(a: Parameters<typeof fingerprintContent>[0]): Promise<string> {
  return sha256Hex(canonicalJson(fingerprintContent(a)));
}
