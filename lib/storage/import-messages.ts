// What the page and the import worker say to each other (structured-cloneable data only).
import type { Locale } from "@/lib/base/locale";

import type { DuplicateChoice, ImportErrorCode, ImportErrorValues } from "./exchange";

export type ImportRequest =
  | { type: "check"; file: Blob; passphrase?: string; locale: Locale }
  | { type: "write"; choice: DuplicateChoice };

export type ImportResult = { added: number; copied: number; skipped: number };

export type ImportReply =
  | { type: "progress"; done: number; total: number }
  | { type: "checked"; count: number; duplicates: number }
  | { type: "written"; result: ImportResult }
  | { type: "failed"; code: ImportErrorCode; detail?: string; values?: ImportErrorValues };
