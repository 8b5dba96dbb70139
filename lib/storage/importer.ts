// The page's side of an import: a worker (import.worker.ts) does the checking and the writing.
// Where a worker cannot start, the same functions run on the page instead.
import type { Locale } from "@/lib/base/locale";

import {
  type CheckedImport,
  type DuplicateChoice,
  findExisting,
  ImportError,
  importAssessments,
  readImportFile,
} from "./exchange";
import type { ImportReply, ImportRequest, ImportResult } from "./import-messages";

export type { ImportResult };

export interface Importer {
  /** Checks the whole file; resolves to its size and how many of its ids are already stored. What
   *  is wrong with a refused file is said in `locale`. */
  check(
    file: File,
    passphrase: string | undefined,
    locale: Locale,
  ): Promise<{ count: number; duplicates: number }>;
  /** Writes what `check` accepted, in one transaction. */
  write(choice: DuplicateChoice): Promise<ImportResult>;
  dispose(): void;
}

export function createImporter(onProgress: (done: number, total: number) => void): Importer {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./import.worker.ts", import.meta.url), { type: "module" });
  } catch {
    return inPage(onProgress);
  }
  const ask = <T extends ImportReply["type"]>(request: ImportRequest, answer: T) =>
    new Promise<Extract<ImportReply, { type: T }>>((resolve, reject) => {
      const listen = (event: MessageEvent<ImportReply>) => {
        const message = event.data;
        if (message.type === "progress") return onProgress(message.done, message.total);
        worker.removeEventListener("message", listen);
        worker.removeEventListener("error", crashed);
        if (message.type === "failed") reject(new ImportError(message.code, message.detail, message.values));
        else if (message.type === answer) resolve(message as Extract<ImportReply, { type: T }>);
        else reject(new ImportError("storage", `unexpected reply ${message.type}`));
      };
      const crashed = (event: ErrorEvent) => {
        worker.removeEventListener("message", listen);
        worker.removeEventListener("error", crashed);
        reject(new ImportError("storage", event.message || "the import worker stopped"));
      };
      worker.addEventListener("message", listen);
      worker.addEventListener("error", crashed);
      worker.postMessage(request);
    });
  return {
    check: (file, passphrase, locale) =>
      ask({ type: "check", file, passphrase, locale }, "checked").then(({ count, duplicates }) => ({
        count,
        duplicates,
      })),
    write: (choice) => ask({ type: "write", choice }, "written").then(({ result }) => result),
    dispose: () => worker.terminate(),
  };
}

function inPage(onProgress: (done: number, total: number) => void): Importer {
  let checked: CheckedImport | null = null;
  return {
    async check(file, passphrase, locale) {
      checked = await readImportFile(file, passphrase, onProgress, locale);
      const { assessments } = checked;
      return { count: assessments.length, duplicates: (await findExisting(assessments)).length };
    },
    async write(choice) {
      if (!checked) throw new ImportError("empty");
      const result = await importAssessments(checked.assessments, choice, checked.evidence);
      checked = null;
      return result;
    },
    dispose: () => undefined,
  };
}
