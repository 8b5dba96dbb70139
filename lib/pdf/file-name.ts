// The download's file name: `commission-check-<project>-<date>.pdf`, safe on Windows, macOS and
// Linux file systems and in a Content-Disposition-free browser download. Letters of any script
// are kept (a Chinese project name stays Chinese); everything a file system or a shell may
// choke on becomes a hyphen.

/** Longest project part, in UTF-16 units: keeps the whole name far below 255 bytes in UTF-8. */
const MAX_PROJECT = 60;

/** A project name as a file-name part: letters, digits, `.`, `_` and `-`; never empty. */
export function fileNamePart(value: string, fallback = "assessment"): string {
  const cleaned = value
    .normalize("NFC")
    .replace(/[^\p{L}\p{M}\p{N}._-]+/gu, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
  const cut = [...cleaned]
    .slice(0, MAX_PROJECT)
    .join("")
    .replace(/[-.]+$/g, "");
  return cut || fallback;
}

export function summaryPdfFileName(project: string | undefined, date: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : "undated";
  return `commission-check-${fileNamePart(project ?? "")}-${day}.pdf`;
}
