// The export file itself, as the export worker (export.worker.ts) makes it, or the page where no
// worker can start (exporter.ts).
import { exportFileName, getAssessmentsForExport, makeExportFile } from "./exchange";
import type { ExportedFile } from "./export-messages";

/**
 * The export file itself (what the worker runs): read with progress, then written as JSON, or as
 * an archive with the evidence files when any assessment keeps some.
 */
export async function exportFile(
  ids: readonly string[],
  passphrase: string | undefined,
  onProgress: (done: number, total: number) => void,
): Promise<ExportedFile> {
  const records = await getAssessmentsForExport(ids, onProgress);
  const { file, archive } = await makeExportFile(records, { passphrase });
  return {
    file,
    name: exportFileName(records.length, passphrase !== undefined, new Date(), archive),
    count: records.length,
  };
}
