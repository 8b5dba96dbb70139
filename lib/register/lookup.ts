// What the register worker does (register.worker.ts), as a plain function, so the page can run
// it itself where a worker cannot start: one index over every history row of this browser, read
// again when asked (or when another tab announces a write) and updated by what changed.
import { ASSESSMENT_EVENTS, listHistory } from "@/lib/storage";

import { RegisterIndex } from "./register-index";
import type { LookupRequest, RegisterReply } from "./worker-messages";

const index = new RegisterIndex();
let fresh = false;

// Another tab's save or completion: the next lookup reads the rows again.
if (typeof BroadcastChannel !== "undefined") {
  new BroadcastChannel(ASSESSMENT_EVENTS).onmessage = () => (fresh = false);
}

export async function lookup(request: LookupRequest): Promise<Extract<RegisterReply, { type: "found" }>> {
  if (request.refresh || !fresh) {
    index.update(await listHistory());
    fresh = true;
  }
  const start = performance.now();
  const matches = index.lookup(request.names, { exclude: request.exclude, limit: request.limit });
  return { type: "found", seq: request.seq, matches, ms: performance.now() - start, size: index.size };
}
