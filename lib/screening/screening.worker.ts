// The screening worker: list files are read, parsed, normalised and stored here, and names are
// screened here against an index kept in this worker's memory, so the page never freezes, even on
// a 100 MB file. The page only receives progress, list summaries and hits.
import { type ImportPhase, importList, screenNames } from "./jobs";
import { ListFileError } from "./formats";
import type { ScreeningReply, ScreeningRequest } from "./worker-messages";

const reply = (message: ScreeningReply) => postMessage(message);

/** Progress is sent at most this often (and at each phase's start and end): the page renders each. */
const PROGRESS_MS = 250;

function progressReplies() {
  let last = { phase: "", at: -Infinity };
  return (phase: ImportPhase, done: number, total: number) => {
    const now = performance.now();
    if (phase === last.phase && done < total && now - last.at < PROGRESS_MS) return;
    last = { phase, at: now };
    reply({ type: "progress", phase, done, total });
  };
}

async function handle(request: ScreeningRequest) {
  switch (request.type) {
    case "import": {
      const { files, format, name, scope, asOf, replaces } = request;
      const list = await importList({ files, format, name, scope, asOf, replaces }, progressReplies());
      return reply({ type: "imported", list });
    }
    case "screen":
      return reply({ type: "screened", ...(await screenNames(request.names)) });
  }
}

addEventListener("message", (event: MessageEvent<ScreeningRequest>) => {
  handle(event.data).catch((error: unknown) =>
    reply(
      error instanceof ListFileError
        ? { type: "failed", code: error.code, line: error.line, detail: error.detail }
        : { type: "failed", code: "storage", detail: error instanceof Error ? error.message : String(error) },
    ),
  );
});
