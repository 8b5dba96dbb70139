// The import, run in a worker: reading a large file, checking every record and its fingerprint,
// and the one write transaction all happen off the page's main thread, so the page keeps
// responding (and shows progress) while 10,000 assessments are checked. The records stay here
// between the check and the write; the page only ever receives counts.
import {
  type CheckedImport,
  type DuplicateChoice,
  findExisting,
  ImportError,
  importAssessments,
  readImportFile,
} from "./exchange";
import type { ImportReply, ImportRequest } from "./import-messages";

let checked: CheckedImport | null = null;

const reply = (message: ImportReply) => postMessage(message);

async function handle(request: ImportRequest) {
  switch (request.type) {
    case "check": {
      checked = null;
      const read = await readImportFile(
        request.file,
        request.passphrase,
        (done, total) => reply({ type: "progress", done, total }),
        request.locale,
      );
      const duplicates = await findExisting(read.assessments);
      checked = read;
      return reply({ type: "checked", count: read.assessments.length, duplicates: duplicates.length });
    }
    case "write": {
      if (!checked) throw new ImportError("empty");
      const result = await importAssessments(
        checked.assessments,
        request.choice satisfies DuplicateChoice,
        checked.evidence,
      );
      checked = null;
      return reply({ type: "written", result });
    }
  }
}

addEventListener("message", (event: MessageEvent<ImportRequest>) => {
  handle(event.data).catch((error: unknown) =>
    reply(
      error instanceof ImportError
        ? { type: "failed", code: error.code, detail: error.detail, values: error.values }
        : { type: "failed", code: "storage", detail: error instanceof Error ? error.message : String(error) },
    ),
  );
});
