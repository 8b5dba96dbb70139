// What the screening worker does (screening.worker.ts), as plain functions: importing a list file
// (read, check, parse, normalise, store) and screening names against every stored list. The page
// runs them in the worker; where a worker cannot start, on the page itself.
import {
  deleteScreeningList,
  listEntries,
  listScreeningLists,
  storeScreeningList,
} from "@/lib/storage/screening-lists";

import { ListFileError, MAX_LIST_BYTES, parseListFiles, type ListFileText } from "./formats";
import { PreparedList, type PreparedPart, prepareParts } from "./prepared-index";
import { indexEntry, ScreeningIndex } from "./screen-index";
import { estimateListBytes, freeBytes, megabytes } from "./space";
import type { IndexedEntry, ListFormat, ListScope, ScreeningHit, ScreeningList } from "./types";

export type ImportPhase = "read" | "parse" | "index" | "store";
export type PhaseProgress = (phase: ImportPhase, done: number, total: number) => void;

export interface ListImport {
  files: File[];
  format: ListFormat;
  name: string;
  scope: ListScope;
  asOf: string;
  /** The id of the snapshot this one replaces. */
  replaces?: string;
}

export interface NameResult {
  name: string;
  hits: ScreeningHit[];
  /** Time to screen this one name, in the worker (ms). */
  ms: number;
}

async function sha256(bytes: ArrayBuffer[]): Promise<string> {
  const total = bytes.reduce((sum, b) => sum + b.byteLength, 0);
  const all = new Uint8Array(total);
  let at = 0;
  for (const b of bytes) {
    all.set(new Uint8Array(b), at);
    at += b.byteLength;
  }
  const digest = await crypto.subtle.digest("SHA-256", all);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

function decode(bytes: ArrayBuffer, name: string, format: ListFormat): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // OFAC's files are ASCII with the odd Windows-1252 letter; every other format is UTF-8.
    if (format === "ofac_sdn") return new TextDecoder("windows-1252").decode(bytes);
    throw new ListFileError("encoding", undefined, name);
  }
}

/** Reads, checks and stores one list snapshot; throws ListFileError and stores nothing on any problem. */
export async function importList(request: ListImport, progress: PhaseProgress): Promise<ScreeningList> {
  const size = request.files.reduce((sum, f) => sum + f.size, 0);
  if (size > MAX_LIST_BYTES) throw new ListFileError("too_large", undefined, `${Math.round(size / 1e6)} MB`);
  // Before reading the files whole or parsing them: will the list fit in this browser's storage?
  const [needed, free] = await Promise.all([estimateListBytes(request.files, request.format), freeBytes()]);
  if (free !== null && needed > free)
    throw new ListFileError("quota", undefined, `${megabytes(needed)} > ${megabytes(free)}`);
  const buffers: ArrayBuffer[] = [];
  const texts: ListFileText[] = [];
  for (const file of request.files) {
    const bytes = await file.arrayBuffer();
    buffers.push(bytes);
    texts.push({ name: file.name, text: decode(bytes, file.name, request.format) });
    progress("read", buffers.length, request.files.length);
  }
  const parsed = parseListFiles(request.format, texts, (done, total) => progress("parse", done, total));
  const entries: IndexedEntry[] = [];
  parsed.forEach((entry, i) => {
    entries.push(indexEntry(entry));
    if (i % 1000 === 0) progress("index", i, parsed.length);
  });
  const parts = prepareParts(entries);
  const list: ScreeningList = {
    id: crypto.randomUUID(),
    name: request.name.trim(),
    format: request.format,
    scope: request.scope,
    asOf: request.asOf,
    entityCount: entries.length,
    sha256: await sha256(buffers),
    importedAt: new Date().toISOString(),
    files: request.files.map((f) => f.name),
  };
  try {
    progress("store", 0, entries.length);
    await storeScreeningList(list, parts, request.replaces, (done, total) =>
      progress(
        "store",
        Math.min(entries.length, Math.round((done / total) * entries.length)),
        entries.length,
      ),
    );
  } catch (error) {
    throw new ListFileError("storage", undefined, error instanceof Error ? error.message : String(error));
  }
  return list;
}

export { deleteScreeningList };

/** The index over every stored list, rebuilt only when the stored lists change. */
let cached: { key: string; lists: ScreeningList[]; index: ScreeningIndex } | null = null;

async function currentIndex() {
  const lists = await listScreeningLists();
  const key = lists.map((l) => l.id).join(",");
  if (cached?.key !== key) {
    cached = { key, lists, index: new ScreeningIndex(await Promise.all(lists.map((l) => readList(l.id)))) };
  }
  return cached;
}

/** A stored list as screening reads it; a list stored before the prepared format is prepared here. */
export async function readList(id: string): Promise<PreparedList> {
  const rows = await listEntries(id);
  const parts = rows.filter((row): row is PreparedPart => "part" in row);
  if (parts.length > 0 || rows.length === 0) return PreparedList.fromParts(id, parts);
  return PreparedList.fromEntries(id, rows as IndexedEntry[]);
}

/** Screens each name against every stored list. */
export async function screenNames(
  names: readonly string[],
): Promise<{ lists: ScreeningList[]; results: NameResult[] }> {
  const { lists, index } = await currentIndex();
  const results = names.map((name) => {
    const start = performance.now();
    const hits = index.screen(name);
    return { name, hits, ms: performance.now() - start };
  });
  return { lists, results };
}
