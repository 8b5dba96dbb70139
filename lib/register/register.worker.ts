// The register worker: the index of every party of every assessment in this browser lives here,
// so normalising thousands of names and comparing them never takes the page's frames while the
// user types. Nothing is sent anywhere: the rows are read from this browser's IndexedDB.
import { lookup } from "./lookup";
import type { LookupRequest, RegisterReply } from "./worker-messages";

const reply = (message: RegisterReply) => postMessage(message);

addEventListener("message", (event: MessageEvent<LookupRequest>) => {
  lookup(event.data).then(reply, (error: unknown) =>
    reply({
      type: "failed",
      seq: event.data.seq,
      detail: error instanceof Error ? error.message : String(error),
    }),
  );
});
