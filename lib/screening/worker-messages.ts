// What the page and the screening worker say to each other (structured-cloneable data only).
import type { ImportPhase, ListImport, NameResult } from "./jobs";
import type { ListFileErrorCode } from "./errors";
import type { ScreeningList } from "./types";

export type ScreeningRequest = ({ type: "import" } & ListImport) | { type: "screen"; names: string[] };

export type ScreeningReply =
  | { type: "progress"; phase: ImportPhase; done: number; total: number }
  | { type: "imported"; list: ScreeningList }
  | { type: "screened"; lists: ScreeningList[]; results: NameResult[] }
  | { type: "failed"; code: ListFileErrorCode; line?: number; detail?: string };
