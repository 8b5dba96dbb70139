// Exchange archives: an export that carries evidence files is a ZIP archive (zip.js) holding the
// exchange file's JSON as its first entry and each file's bytes under `evidence/<file id>`. This
// module only knows ZIP and the limits; exchange.ts decides what the entries must be.
//
// Writing streams: each file goes in as the Blob IndexedDB returned (stored, not compressed, so its
// bytes are read once, for the CRC, and never held whole); the archive comes out as a Blob.
// Reading treats the archive as hostile: the central directory is read first (zip.js, random access
// into the File, nothing else loaded), and before any content is read every entry name is checked
// (no path, no "..", not absolute, no backslash, no control character), the number of entries and
// every declared size against the limits. Content is then read one entry at a time, counting the
// bytes actually produced, so an entry that expands past what it declared is stopped mid-stream.
import {
  BlobReader,
  BlobWriter,
  configure,
  type Entry,
  ERR_ENCRYPTED,
  ERR_INVALID_UNCOMPRESSED_SIZE,
  ERR_UNSUPPORTED_COMPRESSION,
  ERR_UNSUPPORTED_ENCRYPTION,
  type FileEntry,
  TextReader,
  ZipReader,
  ZipWriter,
} from "@zip.js/zip.js/lib/zip-core-custom.js";

import {
  ARCHIVE_JSON,
  ARCHIVE_LIMITS,
  ArchiveError,
  printableName,
  unsafeNameReason,
} from "./archive-format";

// zip.js would start its own workers from blob: URLs (the page's CSP forbids them, and the export
// and import already run in a worker) and ship a WASM deflate; the browser's CompressionStream does.
configure({ useWebWorkers: false, useCompressionStream: true });

export * from "./archive-format";

/** A file to put in an archive. */
export interface ArchiveFile {
  name: string;
  blob: Blob;
}

/**
 * An archive of the exchange JSON and `files` (in that order), as a Blob. `files` is iterated
 * lazily, so a caller may produce each file (an encrypted one, say) only when it is written.
 */
export async function writeArchive(
  json: string,
  files: AsyncIterable<ArchiveFile> | Iterable<ArchiveFile>,
  onFile: (written: number) => void = () => {},
): Promise<Blob> {
  const writer = new ZipWriter(new BlobWriter("application/zip"), {
    // No timestamps of this device beyond the DOS date zip.js always writes.
    extendedTimestamp: false,
    keepOrder: true,
  });
  await writer.add(ARCHIVE_JSON, new TextReader(json), { level: 6 });
  let written = 0;
  for await (const file of files) {
    // Stored: evidence is mostly PDF and images, already compressed; storing keeps export speed
    // close to a copy and lets import check sizes exactly.
    await writer.add(file.name, new BlobReader(file.blob), { level: 0 });
    onFile(++written);
  }
  return writer.close();
}

/** An archive whose directory passed the checks; content is read entry by entry. */
export interface OpenedArchive {
  /** Entry names, in archive order (the JSON first). */
  names: string[];
  /** Declared (expanded) size of an entry. */
  sizeOf(name: string): number;
  /** The entry's bytes, checked to be exactly its declared size while they are read (and the
   *  JSON's CRC-32; the caller checks each file's SHA-256). */
  read(name: string): Promise<Uint8Array<ArrayBuffer>>;
}

/** zip.js's errors (Error objects whose message is one of its ERR_ constants) in our words. */
function asArchiveError(error: unknown): ArchiveError {
  if (error instanceof ArchiveError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (message === ERR_INVALID_UNCOMPRESSED_SIZE) return new ArchiveError("archive_too_large");
  if ([ERR_ENCRYPTED, ERR_UNSUPPORTED_ENCRYPTION, ERR_UNSUPPORTED_COMPRESSION].includes(message))
    return new ArchiveError("archive_unsupported");
  return new ArchiveError("archive_invalid", message.slice(0, 120));
}

/**
 * Opens an archive and checks its directory: the number of entries (counted as they are listed,
 * so a directory of a million entries stops at the limit), every name, every declared size, that
 * nothing is encrypted by ZIP or compressed other than by store or deflate, and the JSON entry
 * first. Throws ArchiveError. Reads no content.
 */
export async function openArchive(file: Blob): Promise<OpenedArchive> {
  const reader = new ZipReader(new BlobReader(file), {
    // Refuses what other tools could read differently: data around the archive, a second
    // directory, two entries of one name.
    strictness: "strict",
    // Names are checked below, to say which rule a name breaks.
    filenameValidation: "tolerant",
  });
  const entries = new Map<string, FileEntry>();
  let expanded = 0;
  try {
    for await (const entry of reader.getEntriesGenerator() as AsyncGenerator<Entry, boolean>) {
      if (entries.size >= ARCHIVE_LIMITS.entries)
        throw new ArchiveError("archive_too_many_entries", String(ARCHIVE_LIMITS.entries));
      const reason = unsafeNameReason(entry.filename);
      if (reason) throw new ArchiveError("archive_unsafe_name", printableName(entry.filename));
      if (entry.directory) throw new ArchiveError("archive_unsafe_name", printableName(entry.filename));
      if (entry.encrypted) throw new ArchiveError("archive_unsupported", printableName(entry.filename));
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
        throw new ArchiveError("archive_unsupported", printableName(entry.filename));
      if (entries.has(entry.filename))
        throw new ArchiveError("archive_invalid", printableName(entry.filename));
      const limit = entries.size === 0 ? ARCHIVE_LIMITS.jsonBytes : ARCHIVE_LIMITS.expandedBytes;
      expanded += entry.uncompressedSize;
      if (entry.uncompressedSize > limit || expanded > ARCHIVE_LIMITS.expandedBytes)
        throw new ArchiveError("archive_too_large", printableName(entry.filename));
      entries.set(entry.filename, entry);
    }
  } catch (error) {
    throw asArchiveError(error);
  }
  const names = [...entries.keys()];
  if (names[0] !== ARCHIVE_JSON) throw new ArchiveError("archive_invalid", ARCHIVE_JSON);
  return {
    names,
    sizeOf: (name) => entries.get(name)?.uncompressedSize ?? 0,
    read: async (name) => {
      const entry = entries.get(name);
      if (!entry) throw new ArchiveError("archive_invalid", printableName(name));
      try {
        // The JSON's CRC-32 is checked; a file's is not: its SHA-256, which the JSON records, is.
        return await readExactly(entry, name === ARCHIVE_JSON);
      } catch (error) {
        throw asArchiveError(error);
      }
    },
  };
}

/** An entry's content into a buffer of its declared size; more or fewer bytes are refused. */
async function readExactly(entry: FileEntry, checkCrc32: boolean): Promise<Uint8Array<ArrayBuffer>> {
  const declared = entry.uncompressedSize;
  const out = new Uint8Array(declared);
  let at = 0;
  const sink = new WritableStream<Uint8Array>({
    write(chunk) {
      if (at + chunk.length > declared)
        throw new ArchiveError("archive_too_large", printableName(entry.filename));
      out.set(chunk, at);
      at += chunk.length;
    },
  });
  await entry.getData(sink, { checkCrc32 });
  if (at !== declared) throw new ArchiveError("archive_invalid", printableName(entry.filename));
  return out;
}
