import { ListFileError } from "@/lib/screening/errors";

type T = (key: string, values?: Record<string, string | number>) => string;

/** A refused list file as one sentence in the user's language: the line, the problem, "nothing stored". */
export function listErrorText(t: T, error: unknown): string {
  const e = error instanceof ListFileError ? error : new ListFileError("storage", undefined, String(error));
  const line = e.line ? t("atLine", { line: e.line }) : "";
  return `${line}${t(`errors.${e.code}`, { detail: e.detail ?? "" })} ${t("nothingStored")}`;
}
