// What the page and the register worker say to each other (structured-cloneable data only).
import type { PartyName } from "@/lib/storage/history-row";

import type { RegisterMatch } from "./register-index";

export interface LookupRequest {
  type: "lookup";
  /** Echoed in the reply: the page keeps only the answer to its latest request. */
  seq: number;
  names: PartyName[];
  /** The assessment being filled in: never its own earlier engagement. */
  exclude?: string;
  limit?: number;
  /** Read the history rows again before looking up (the index then takes in what changed). */
  refresh?: boolean;
}

export type RegisterReply =
  | {
      type: "found";
      seq: number;
      matches: RegisterMatch[];
      /** Time to look up each name in the index, in the worker (ms), not counting a refresh. */
      ms: number[];
      /** Assessments in the index. */
      size: number;
    }
  | { type: "failed"; seq: number; detail: string };
