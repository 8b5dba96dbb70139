// An unencrypted export file's text and name, without the database or zod: the form's save-failure
// download writes one on the spot. The format is described in exchange.ts and the README.
import type { Assessment } from "@/lib/assessment/assessment";

export const EXPORT_FORMAT = "commission-check/assessments";
export const ENCRYPTED_FORMAT = "commission-check/assessments+aes-gcm";
export const EXPORT_FORMAT_VERSION = 1;

/** The file's name: `.json`, or `.zip` for an archive that carries evidence files. */
export function exportFileName(count: number, encrypted: boolean, now = new Date(), archive = false): string {
  const date = now.toISOString().slice(0, 10);
  return `commission-check-${count === 1 ? "assessment" : `${count}-assessments`}-${date}${encrypted ? ".encrypted" : ""}.${archive ? "zip" : "json"}`;
}

/** The text of an unencrypted export file (synchronous: the save-failure download needs it at once). */
export function plainExport(assessments: readonly Assessment[], now = new Date()): string {
  return JSON.stringify({
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    checklistVersions: [...new Set(assessments.map((a) => a.checklistVersion))].sort(),
    assessments,
  });
}
