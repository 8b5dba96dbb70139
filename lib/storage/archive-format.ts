// The exchange archive's names, limits and refusals, without the ZIP code (archive.ts), which
// loads only when an archive is written or read: a JSON export or import never loads zip.js.
export const ARCHIVE_JSON = "commission-check.json";
export const EVIDENCE_PREFIX = "evidence/";

export const ARCHIVE_LIMITS = {
  /** Entries of one archive: the JSON and at most 2,000 files (40 assessments at 50 files). */
  entries: 2_001,
  /** The JSON entry (as exchange.ts's MAX_IMPORT_BYTES for a plain file). */
  jsonBytes: 256 * 1024 * 1024,
  /** Everything in one archive, expanded. */
  expandedBytes: 1024 * 1024 * 1024,
} as const;

export type ArchiveProblem =
  /** Not a ZIP archive, or one other tools could read differently (bytes before/after, duplicates). */
  | "archive_invalid"
  /** An entry name that is a path, absolute, has "..", a backslash or a control character. */
  | "archive_unsafe_name"
  | "archive_too_many_entries"
  /** The entries declare (or expand to) more than the limits. */
  | "archive_too_large"
  /** An entry encrypted by ZIP itself, or compressed with a method other than store/deflate. */
  | "archive_unsupported";

export class ArchiveError extends Error {
  constructor(
    readonly problem: ArchiveProblem,
    readonly detail?: string,
  ) {
    super(`Archive refused: ${problem}${detail ? ` (${detail})` : ""}`);
    this.name = "ArchiveError";
  }
}

/** Why an entry name is unsafe, or null. The name is shown in messages, so it is quoted safely. */
export function unsafeNameReason(
  name: string,
): "empty" | "control" | "backslash" | "absolute" | "dot" | null {
  if (name === "") return "empty";
  if (/[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/.test(name)) return "control";
  if (name.includes("\\")) return "backslash";
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) return "absolute";
  if (name.split("/").some((part) => part === ".." || part === "." || part === "")) return "dot";
  return null;
}

/** A name made printable for a message: control characters as \u escapes, at most 80 characters. */
export function printableName(name: string): string {
  const escaped = name.replace(
    /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return escaped.length > 80 ? `${escaped.slice(0, 79)}…` : escaped;
}

/** Whether a file begins like a ZIP archive (else it is read as an exchange JSON file). */
export async function looksLikeArchive(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}
