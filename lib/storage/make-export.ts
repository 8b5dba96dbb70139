// The export file itself, as the export worker (export.worker.ts) makes it, or the page where no
// worker can start (exporter.ts).
import { exportFileName, getAssessmentsForExport, serialiseExport } from "./exchange";
import type { ExportedFile } from "./export-messages";

/** The export file itself (what the worker runs): read with progress, then written as JSON. */
export async function exportFile(
  ids: readonly string[],
  passphrase: string | undefined,
  onProgress: (done: number, total: number) => void,
): Promise<ExportedFile> {
  const records = await getAssessmentsForExport(ids, onProgress);
  const text = await serialiseExport(records, { passphrase });
  return {
    file: new Blob([text], { type: "application/json" }),
    name: exportFileName(records.length, passphrase !== undefined),
    count: records.length,
  };
}
