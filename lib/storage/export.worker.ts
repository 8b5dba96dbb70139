// The export, run in a worker: reading and parsing every record, writing the JSON text and
// encrypting it happen off the page's main thread (10,000 assessments took about 5 s there, with
// the page frozen), and the page shows how many records have been read.
import type { ExportReply, ExportRequest } from "./export-messages";
import { exportFile } from "./make-export";

const reply = (message: ExportReply) => postMessage(message);

addEventListener("message", (event: MessageEvent<ExportRequest>) => {
  const { ids, passphrase } = event.data;
  exportFile(ids, passphrase, (done, total) => reply({ type: "progress", done, total })).then(
    (made) => reply({ type: "done", ...made }),
    (error: unknown) =>
      reply({ type: "failed", detail: error instanceof Error ? error.message : String(error) }),
  );
});
