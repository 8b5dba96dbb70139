// The page's side of screening: one worker (screening.worker.ts) for imports and screening, asked
// one request at a time. Where a worker cannot start, the same functions run on the page, loaded
// only then (the parsers, pinyin and OpenCC are never part of the page's own scripts).
import type { ImportPhase, ListImport, NameResult } from "./jobs";
import { ListFileError } from "./errors";
import type { ScreeningList } from "./types";
import type { ScreeningReply, ScreeningRequest } from "./worker-messages";

export type { ImportPhase, NameResult };

export interface ScreeningClient {
  importList(
    request: ListImport,
    onProgress: (phase: ImportPhase, done: number, total: number) => void,
  ): Promise<ScreeningList>;
  screen(names: string[]): Promise<{ lists: ScreeningList[]; results: NameResult[] }>;
  dispose(): void;
}

export function createScreeningClient(): ScreeningClient {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./screening.worker.ts", import.meta.url), { type: "module" });
  } catch {
    const jobs = () => import("./jobs");
    return {
      importList: async (request, onProgress) => (await jobs()).importList(request, onProgress),
      screen: async (names) => (await jobs()).screenNames(names),
      dispose: () => undefined,
    };
  }
  let queue: Promise<unknown> = Promise.resolve();
  const ask = <T extends ScreeningReply["type"]>(
    request: ScreeningRequest,
    answer: T,
    onProgress?: (phase: ImportPhase, done: number, total: number) => void,
  ) => {
    const run = () =>
      new Promise<Extract<ScreeningReply, { type: T }>>((resolve, reject) => {
        const done = () => {
          worker.removeEventListener("message", listen);
          worker.removeEventListener("error", crashed);
        };
        const listen = (event: MessageEvent<ScreeningReply>) => {
          const message = event.data;
          if (message.type === "progress") return onProgress?.(message.phase, message.done, message.total);
          done();
          if (message.type === "failed")
            reject(new ListFileError(message.code, message.line, message.detail));
          else if (message.type === answer) resolve(message as Extract<ScreeningReply, { type: T }>);
          else reject(new ListFileError("storage", undefined, `unexpected reply ${message.type}`));
        };
        const crashed = (event: ErrorEvent) => {
          done();
          reject(new ListFileError("storage", undefined, event.message || "the screening worker stopped"));
        };
        worker.addEventListener("message", listen);
        worker.addEventListener("error", crashed);
        worker.postMessage(request);
      });
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    importList: (request, onProgress) =>
      ask({ type: "import", ...request }, "imported", onProgress).then((m) => m.list),
    screen: (names) =>
      ask({ type: "screen", names }, "screened").then(({ lists, results }) => ({ lists, results })),
    dispose: () => worker.terminate(),
  };
}
