// A refused list file: a code the UI turns into a message, and the line it is on. Kept apart from
// the parsers so that the page can name errors without loading them.
export const LIST_FILE_ERRORS = [
  "empty",
  "too_large",
  "encoding",
  "header",
  "columns",
  "quotes",
  "json",
  "no_name",
  "bad_date",
  "ofac_sdn_missing",
  "ofac_unknown_entity",
  "ofac_file",
  "no_entities",
  "storage",
  /** The list will not fit in the storage this browser gives the app (estimated before parsing). */
  "quota",
] as const;
export type ListFileErrorCode = (typeof LIST_FILE_ERRORS)[number];

export class ListFileError extends Error {
  constructor(
    readonly code: ListFileErrorCode,
    /** 1-based line of the file where the problem is. */
    readonly line?: number,
    /** The file and the value or column concerned. */
    readonly detail?: string,
  ) {
    super(`List file refused: ${code}${line ? ` at line ${line}` : ""}${detail ? ` (${detail})` : ""}`);
  }
}
