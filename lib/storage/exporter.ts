// An export file of stored assessments, made in a worker (export.worker.ts) with progress; where a
// worker cannot start, made on the page by the same function (make-export.ts).
import type { ExportedFile, ExportReply, ExportRequest } from "./export-messages";
import { exportFile } from "./make-export";

/** The export file of `ids`, made off the page's main thread; `onProgress` as records are read. */
export function exportInWorker(
  ids: readonly string[],
  passphrase: string | undefined,
  onProgress: (done: number, total: number) => void,
): Promise<ExportedFile> {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./export.worker.ts", import.meta.url), { type: "module" });
  } catch {
    return exportFile(ids, passphrase, onProgress);
  }
  return new Promise<ExportedFile>((resolve, reject) => {
    worker.addEventListener("message", (event: MessageEvent<ExportReply>) => {
      const message = event.data;
      if (message.type === "progress") return onProgress(message.done, message.total);
      worker.terminate();
      if (message.type === "done") resolve({ file: message.file, name: message.name, count: message.count });
      else reject(new Error(message.detail));
    });
    worker.addEventListener("error", (event) => {
      worker.terminate();
      reject(new Error(event.message || "the export worker stopped"));
    });
    worker.postMessage({ ids: [...ids], passphrase } satisfies ExportRequest);
  });
}
