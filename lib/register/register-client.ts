// The page's side of the register: one worker (register.worker.ts), started on the first lookup.
// Where a worker cannot start, the same lookup runs on the page, loaded only then.
import type { PartyName } from "@/lib/storage/history-row";

import type { RegisterMatch } from "./register-index";
import type { LookupRequest, RegisterReply } from "./worker-messages";

export interface LookupResult {
  matches: RegisterMatch[];
  /** Each name's lookup in the worker (ms). */
  ms: number[];
  size: number;
}

export interface LookupAsk {
  names: PartyName[];
  exclude?: string;
  limit?: number;
  refresh?: boolean;
}

export interface RegisterClient {
  lookup(ask: LookupAsk): Promise<LookupResult>;
  dispose(): void;
}

export function createRegisterClient(): RegisterClient {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./register.worker.ts", import.meta.url), { type: "module" });
  } catch {
    let seq = 0;
    return {
      lookup: async (ask) => (await import("./lookup")).lookup({ type: "lookup", seq: seq++, ...ask }),
      dispose: () => undefined,
    };
  }
  let seq = 0;
  const waiting = new Map<number, { resolve: (r: LookupResult) => void; reject: (e: Error) => void }>();
  worker.addEventListener("message", (event: MessageEvent<RegisterReply>) => {
    const message = event.data;
    const waiter = waiting.get(message.seq);
    waiting.delete(message.seq);
    if (!waiter) return;
    if (message.type === "failed") waiter.reject(new Error(message.detail));
    else waiter.resolve({ matches: message.matches, ms: message.ms, size: message.size });
  });
  worker.addEventListener("error", (event) => {
    const error = new Error(event.message || "the register worker stopped");
    for (const waiter of waiting.values()) waiter.reject(error);
    waiting.clear();
  });
  return {
    lookup: (ask) =>
      new Promise<LookupResult>((resolve, reject) => {
        const request: LookupRequest = { type: "lookup", seq: seq++, ...ask };
        waiting.set(request.seq, { resolve, reject });
        worker.postMessage(request);
      }),
    dispose: () => worker.terminate(),
  };
}
