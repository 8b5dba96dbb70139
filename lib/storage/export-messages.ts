// What the page and the export worker say to each other (structured-cloneable data only).
export type ExportRequest = { ids: string[]; passphrase?: string };

export type ExportReply =
  | { type: "progress"; done: number; total: number }
  | { type: "done"; file: Blob; name: string; count: number }
  | { type: "failed"; detail: string };

/** An export file made: its content, its file name and how many assessments it holds. */
export type ExportedFile = { file: Blob; name: string; count: number };
