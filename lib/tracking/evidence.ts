// Evidence files, before anything is stored: their type from their content (never from the name
// or the browser's guess), a sanitised name, and the limits. Pure; lib/storage stores the bytes.
//
// Nothing here is ever rendered as active content: only the image types below are shown (as an
// <img> of a blob: URL, which runs no script even for a crafted file); everything else, SVG and
// HTML included (they detect as text or octet-stream), is offered as a download.
import { type EvidenceType, MAX_EVIDENCE_BYTES } from "@/lib/assessment/assessment";

export { MAX_EVIDENCE_BYTES } from "@/lib/assessment/assessment";
export type { EvidenceType } from "@/lib/assessment/assessment";

export const EVIDENCE_LIMITS = {
  /** One file. */
  fileBytes: MAX_EVIDENCE_BYTES,
  /** All stored files of one assessment. */
  assessmentBytes: 200 * 1024 * 1024,
  /** Stored files of one assessment. */
  files: 50,
} as const;

/** How many leading bytes detectType reads. */
export const SNIFF_BYTES = 4096;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/**
 * The type of a file from its first bytes (SNIFF_BYTES of them are enough): PDF, PNG, JPEG, GIF,
 * WebP, ZIP (Office's .docx/.xlsx are ZIP), Office's older compound files, plain UTF-8 text;
 * anything else is application/octet-stream. `complete`: the bytes are the whole file (a text
 * file cut mid-character at the sniff boundary is still text).
 */
export function detectType(bytes: Uint8Array, complete = true): EvidenceType {
  if (startsWith(bytes, ascii("%PDF-"))) return "application/pdf";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "image/gif";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return "application/zip";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "application/x-ole-storage";
  return isPlainText(bytes, complete) ? "text/plain" : "application/octet-stream";
}

/**
 * UTF-8 without control characters other than tab, line feed, form feed and carriage return. A
 * file that begins like markup ("<", after a byte-order mark and white space) is not called text:
 * it is offered as a download under octet-stream, so no viewer takes it for a page.
 */
function isPlainText(bytes: Uint8Array, complete: boolean): boolean {
  if (bytes.length === 0) return true;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: !complete });
  } catch {
    return false;
  }
  if (/^\uFEFF?\s*</.test(text)) return false;
  return !/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text);
}

/** Types shown inline, as an image; everything else is only ever downloaded. */
const IMAGE_TYPES: readonly EvidenceType[] = ["image/png", "image/jpeg", "image/gif", "image/webp"];
export const isShownAsImage = (type: EvidenceType) => IMAGE_TYPES.includes(type);

const MAX_NAME = 120;

/**
 * A file name safe to show and to download under: the last segment of any path, NFC, without
 * control or bidirectional-override characters, without characters Windows forbids, no leading
 * or trailing dots or spaces, at most 120 characters (the extension kept), "file" when nothing is left.
 */
export function sanitiseFileName(name: string): string {
  let clean = (name.split(/[\\/]/).at(-1) ?? "")
    .normalize("NFC")
    .replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, "")
    .replace(/[<>:"|?*]/g, "_")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  if ([...clean].length > MAX_NAME) {
    const dot = clean.lastIndexOf(".");
    const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : "";
    clean = [...clean].slice(0, MAX_NAME - [...ext].length).join("") + ext;
  }
  return clean || "file";
}

export type EvidenceLimit = "file_too_large" | "assessment_too_large" | "too_many_files" | "empty_file";

/** Why a file was not stored: a limit, the browser's storage quota, or a file that cannot be read. */
export type EvidenceRefusal = EvidenceLimit | "quota" | "unreadable";

export class EvidenceRefusedError extends Error {
  constructor(readonly refusal: EvidenceRefusal) {
    super(`Evidence file refused: ${refusal}`);
    this.name = "EvidenceRefusedError";
  }
}

/**
 * Whether a file of `size` bytes may be added beside `stored` (the sizes of the assessment's
 * files whose content is kept), or which limit it breaks.
 */
export function checkEvidenceLimits(size: number, stored: readonly number[]): EvidenceLimit | null {
  if (size === 0) return "empty_file";
  if (size > EVIDENCE_LIMITS.fileBytes) return "file_too_large";
  if (stored.length + 1 > EVIDENCE_LIMITS.files) return "too_many_files";
  if (stored.reduce((sum, s) => sum + s, size) > EVIDENCE_LIMITS.assessmentBytes)
    return "assessment_too_large";
  return null;
}

/** SHA-256 of the bytes, hex. */
export async function sha256OfBytes(bytes: BufferSource): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** A size as the reader's language writes it: "340 kB", "24.5 MB" (decimal units, as browsers show them). */
export function formatBytes(bytes: number, locale: string): string {
  const [unit, size] =
    bytes >= 1e9
      ? ["gigabyte", bytes / 1e9]
      : bytes >= 1e6
        ? ["megabyte", bytes / 1e6]
        : bytes >= 1e3
          ? ["kilobyte", bytes / 1e3]
          : ["byte", bytes];
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit,
    unitDisplay: "short",
    maximumFractionDigits: 1,
  }).format(size);
}
