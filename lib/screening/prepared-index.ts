// A list's screening index as it is stored: prepared once at import (in the worker), so that the
// first screening after a reload only reads it. Reading 20,000 entries as objects (every name's
// tokens) from IndexedDB and deriving every key again took over 4 s; this format is a few large
// values that IndexedDB copies in bulk: the sorted keys, their postings as typed arrays, and each
// entry as JSON text, parsed only when a screened name reaches it.
import type { IndexedEntry } from "./types";

/** Entries per stored part, so that progress can be reported while a large list lands. */
export const PART_ENTRIES = 5000;

/** The keys of a whole list and where each key's entries are. */
export interface PreparedPostings {
  /** Every key of the list once, in code-unit order (found by binary search, no Map to build). */
  keys: string[];
  /** The entries of keys[k] are ids[offsets[k]] up to ids[offsets[k + 1]]. */
  offsets: Int32Array;
  /** Entry positions in the list. */
  ids: Int32Array;
}

/** One stored part of a list: PART_ENTRIES entries as JSON; part 0 also holds the postings. */
export interface PreparedPart {
  part: number;
  entries: string[];
  postings?: PreparedPostings;
}

/** Builds the postings from the keys each entry was given at import (indexEntry). */
export function preparePostings(entries: readonly Pick<IndexedEntry, "keys">[]): PreparedPostings {
  const byKey = new Map<string, number[]>();
  entries.forEach((entry, e) => {
    for (const key of entry.keys) {
      const posting = byKey.get(key);
      if (posting) posting.push(e);
      else byKey.set(key, [e]);
    }
  });
  const keys = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const offsets = new Int32Array(keys.length + 1);
  let total = 0;
  keys.forEach((key, k) => {
    offsets[k] = total;
    total += byKey.get(key)!.length;
  });
  offsets[keys.length] = total;
  const ids = new Int32Array(total);
  keys.forEach((key, k) => ids.set(byKey.get(key)!, offsets[k]));
  return { keys, offsets, ids };
}

/** The stored parts of a list (entries without `keys`: the postings carry them). */
export function prepareParts(entries: readonly IndexedEntry[]): PreparedPart[] {
  const parts: PreparedPart[] = [];
  for (let at = 0; at < Math.max(1, entries.length); at += PART_ENTRIES) {
    parts.push({
      part: parts.length,
      // The postings stand for `keys`, so the text leaves them out.
      entries: entries
        .slice(at, at + PART_ENTRIES)
        .map((entry) => JSON.stringify({ ...entry, keys: undefined })),
    });
  }
  parts[0]!.postings = preparePostings(entries);
  return parts;
}

/** The entry positions of one key (empty when the list has no such key). */
export function postingsOf(postings: PreparedPostings, key: string): Int32Array {
  const { keys, offsets, ids } = postings;
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid]!;
    if (k === key) return ids.subarray(offsets[mid]!, offsets[mid + 1]!);
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return EMPTY;
}
const EMPTY = new Int32Array(0);

/** An entry as screening reads it back: the postings stand for its keys. */
export type ScreenedEntry = Omit<IndexedEntry, "keys">;

/** A list as screening reads it: its postings, and its entries parsed on first use. */
export class PreparedList {
  private constructor(
    readonly id: string,
    readonly postings: PreparedPostings,
    private readonly texts: readonly string[],
    private readonly parsed: (ScreenedEntry | undefined)[],
  ) {}

  /** From the stored parts (in any order). */
  static fromParts(id: string, parts: readonly PreparedPart[]): PreparedList {
    const sorted = [...parts].sort((a, b) => a.part - b.part);
    const texts = sorted.flatMap((p) => p.entries);
    const postings = sorted[0]?.postings ?? preparePostings([]);
    return new PreparedList(id, postings, texts, new Array<ScreenedEntry | undefined>(texts.length));
  }

  /** From entries already in memory (a list stored before this format, tests, the bench). */
  static fromEntries(id: string, entries: readonly IndexedEntry[]): PreparedList {
    return new PreparedList(id, preparePostings(entries), [], [...entries]);
  }

  /** How many entries the list has. */
  get size(): number {
    return this.parsed.length;
  }

  entry(e: number): ScreenedEntry {
    let entry = this.parsed[e];
    if (!entry) {
      entry = JSON.parse(this.texts[e]!) as ScreenedEntry;
      this.parsed[e] = entry;
    }
    return entry;
  }
}
