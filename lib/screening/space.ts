// Will a list fit? Asked before the file is read whole or parsed, so that a list too large for the
// browser's storage is refused at once rather than after minutes of parsing (issue 27: a 200 MB
// list ran 560 s and then failed on quota). The space a list needs depends on its format and its
// names (a short-named CSV stores several times its size once normalised and indexed; an FtM file
// padded with properties the app drops, less than its size), so it is measured on a sample: the
// file's first SAMPLE_BYTES, cut at a line, parsed and prepared as the import stores it
// (prepared-index.ts), scaled to the whole file.
import { parseListFiles } from "./formats";
import { type PreparedPart, prepareParts } from "./prepared-index";
import { indexEntry } from "./screen-index";
import type { ListFormat } from "./types";

export const SAMPLE_BYTES = 256 * 1024;
/** Stored bytes per file byte when a sample cannot be read on its own (OFAC's joined files). */
export const FALLBACK_RATIO = 13;
/** IndexedDB's own overhead over the stored parts (keys, index entries, structured clone). */
export const STORE_OVERHEAD = 1.5;

/** The bytes a list of these files will take once stored (an estimate; see above). */
export async function estimateListBytes(files: readonly File[], format: ListFormat): Promise<number> {
  const size = files.reduce((sum, f) => sum + f.size, 0);
  if (size === 0) return 0;
  let ratio = FALLBACK_RATIO;
  if (format !== "ofac_sdn") {
    const file = files[0]!;
    const head = await file.slice(0, SAMPLE_BYTES).text();
    // A whole file is its own sample; a part ends at its last complete line.
    const text = file.size <= SAMPLE_BYTES ? head : head.slice(0, head.lastIndexOf("\n") + 1);
    try {
      const entries = parseListFiles(format, [{ name: file.name, text }]).map(indexEntry);
      const sampleBytes = new TextEncoder().encode(text).length;
      if (entries.length > 0 && sampleBytes > 0) ratio = preparedBytes(prepareParts(entries)) / sampleBytes;
    } catch {
      // A sample cut inside a quoted field, say: the whole file is checked by the import itself.
    }
  }
  return Math.ceil(size * ratio * STORE_OVERHEAD);
}

/** What the stored parts of a list take (prepared-index.ts): entry texts, keys, 4-byte postings. */
function preparedBytes(parts: readonly PreparedPart[]): number {
  const encoder = new TextEncoder();
  const postings = parts[0]?.postings;
  const texts = parts.flatMap((p) => p.entries).concat(postings?.keys ?? []);
  const integers = (postings?.ids.length ?? 0) + (postings?.offsets.length ?? 0);
  return texts.reduce((sum, t) => sum + encoder.encode(t).length, 0) + 4 * integers;
}

/** The bytes this origin may still store, or null where the browser does not say. */
export async function freeBytes(): Promise<number | null> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  if (!storage?.estimate) return null;
  const { quota, usage } = await storage.estimate();
  return quota === undefined ? null : quota - (usage ?? 0);
}

export const megabytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1e6)).toLocaleString("en")} MB`;
