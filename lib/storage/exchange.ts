// Exchange files: the only way an assessment leaves the device, and the only way one arrives.
//
// A file is JSON. Plain:      { format: EXPORT_FORMAT, formatVersion: 1, exportedAt, checklistVersions,
//                               assessments: Assessment[] }   (each with its checklist version, frozen
//                               summary, audit trail, sign-offs and fingerprint, exactly as stored;
//                               a draft with its current screening record as `screening`, which in
//                               this browser lives in the draft store until completion)
// Encrypted:                  { format: ENCRYPTED_FORMAT, formatVersion: 1, kdf, cipher, ciphertext }
//                               whose plaintext is a plain file (see exchange-crypto.ts).
//
// Import reads the whole file first — size, JSON, envelope, decryption, every record with zod,
// checklist version, answers against that version, fingerprint — and only then writes, in one
// transaction: every record or none. Every failure is an ImportError with its own code, which
// the UI turns into a message in the user's language.
import * as z from "@/lib/base/zod";

import {
  type Assessment,
  assessmentSchema,
  recordIdOf,
  restoreAssessment,
} from "@/lib/assessment/assessment";
import { chainHead } from "@/lib/assessment/chain";
import { describeIssues } from "@/lib/assessment/issues";
import { fingerprint } from "@/lib/assessment/fingerprint";
import { checkIntegrity, futureDate, type IntegrityProblem } from "@/lib/assessment/integrity";
import { checkSignOffs } from "@/lib/assessment/signature";
import { getChecklist, isKnownChecklistVersion } from "@/lib/checklist/registry";
import { answersSchema } from "@/lib/checklist/schema";
import type { Locale } from "@/lib/base/locale";

import { localDate } from "@/lib/assessment/dates";
import { EVIDENCE_LIMITS, sha256OfBytes } from "@/lib/tracking/evidence";
import { deriveTracking, type EvidenceOnRecord, storedEvidence } from "@/lib/tracking/model";

import type { OpenedArchive } from "./archive";
import {
  ARCHIVE_JSON,
  ARCHIVE_LIMITS,
  ArchiveError,
  EVIDENCE_PREFIX,
  looksLikeArchive,
  printableName,
} from "./archive-format";
import { type EvidenceRow, getDb } from "./db";
import {
  decryptTextWithKey,
  encryptText,
  encryptTextWithKey,
  MAX_PBKDF2_ITERATIONS,
  openBytes,
  PBKDF2_ITERATIONS,
  sealBytes,
  sealedSize,
} from "./exchange-crypto";
import { historyRowOf } from "./history-row";
import { getDraftScreenings, screeningDraftsTable, writeImportedDraftScreenings } from "./screening-lists";

import { ENCRYPTED_FORMAT, EXPORT_FORMAT, EXPORT_FORMAT_VERSION, plainExport } from "./export-file";

export {
  ENCRYPTED_FORMAT,
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  exportFileName,
  plainExport,
} from "./export-file";
/** Larger files are refused before they are read (10,000 assessments take about 60 MB). */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

export const IMPORT_ERRORS = [
  "too_large",
  "not_json",
  "not_export",
  "format_version",
  /** formatVersion is not a number (e.g. the string "1"). */
  "format_version_type",
  /** The encrypted file's header (kdf, cipher, base64 fields) is malformed. */
  "encryption_header",
  "passphrase_needed",
  "wrong_passphrase",
  /** The plain file's envelope (exportedAt, assessments) is malformed. */
  "invalid_file",
  /** One record does not parse or is inconsistent; names the record and what is wrong. */
  "invalid_record",
  /** Two records of one file share an id. */
  "duplicate_id",
  "unknown_checklist",
  /** A completed record's fingerprint does not match its content. */
  "tampered",
  /** A completed record's summary is not what its answers give. */
  "verdict_mismatch",
  /** A completed record's audit trail, sign-offs or re-assess-by date do not match its chain. */
  "chain_mismatch",
  /** A completed record of a seal that always writes a chain has none (it was removed). */
  "chain_missing",
  /** An answer source names no question of the record's checklist. */
  "answer_sources",
  /** The screening record contradicts the answers to the list questions. */
  "screening_mismatch",
  /** A completion, audit entry, sign-off or letter date lies in the future. */
  "future_date",
  "empty",
  "storage",
  /** The file is an archive that cannot be read, or one other tools would read differently. */
  "archive_invalid",
  /** An archive entry's name is a path, absolute, has "..", a backslash or a control character. */
  "archive_unsafe_name",
  "archive_too_many_entries",
  /** The archive's entries declare or expand to more than its limits. */
  "archive_too_large",
  /** An entry encrypted by ZIP itself, or compressed by an unknown method. */
  "archive_unsupported",
  /** A file the audit trail says is stored is not in the archive. */
  "evidence_missing",
  /** A file's size or SHA-256 differs from what the audit trail recorded (swapped or edited). */
  "evidence_altered",
  /** An archive entry no record's trail names. */
  "evidence_unexpected",
  /** One assessment keeps more than 50 files. */
  "evidence_too_many",
  /** One assessment's files add up to more than 200 MB. */
  "evidence_too_large",
  /** A record to be kept as a copy beside an existing one carries files (they are the original's). */
  "evidence_copy",
] as const;
export type ImportErrorCode = (typeof IMPORT_ERRORS)[number];

/** Values a message may name: the record's number and id, what is wrong. */
export type ImportErrorValues = { index?: string; id?: string; problem?: string; other?: string };

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    /** The value or field the message names ({detail}). */
    readonly detail?: string,
    readonly values: ImportErrorValues = {},
  ) {
    super(`Import failed: ${code}${detail ? ` (${detail})` : ""}${values.id ? ` [${values.id}]` : ""}`);
  }
}

/** Canonical base64 of a byte string: whole 4-character groups. */
const base64 = z
  .string()
  .check(
    z.maxLength(MAX_IMPORT_BYTES),
    z.regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, "not base64"),
  );
/** Base64 of exactly `bytes` bytes. */
const base64Of = (bytes: number) => z.pipe(z.string().check(z.length(Math.ceil(bytes / 3) * 4)), base64);

const envelopeSchema = z.object({ format: z.string(), formatVersion: z.unknown() });

const plainFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: z.string(),
  assessments: z.array(z.unknown()),
});

const encryptedFileSchema = z.object({
  format: z.literal(ENCRYPTED_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  kdf: z.object({
    name: z.literal("PBKDF2"),
    hash: z.literal("SHA-256"),
    iterations: z.int().check(z.minimum(PBKDF2_ITERATIONS), z.maximum(MAX_PBKDF2_ITERATIONS)),
    salt: base64Of(16),
  }),
  cipher: z.object({ name: z.literal("AES-GCM"), iv: base64Of(12) }),
  ciphertext: base64,
});

// ---------------------------------------------------------------------------------------------
// Export.

/** The text of an export file; encrypted when a passphrase is given. */
export async function serialiseExport(
  assessments: readonly Assessment[],
  options: { passphrase?: string; now?: Date } = {},
): Promise<string> {
  const plain = plainExport(assessments, options.now);
  if (!options.passphrase) return plain;
  const sealed = await encryptText(plain, options.passphrase);
  return JSON.stringify({ format: ENCRYPTED_FORMAT, formatVersion: EXPORT_FORMAT_VERSION, ...sealed });
}

/**
 * The export file of `assessments`: the JSON file as serialiseExport makes it when none keeps
 * evidence files; otherwise an archive (archive.ts) of that JSON and each stored file, read from
 * this browser's evidence store as it is written, and sealed with the JSON's key when a passphrase
 * is given.
 */
export async function makeExportFile(
  assessments: readonly Assessment[],
  options: { passphrase?: string; now?: Date; onFile?: (written: number, total: number) => void } = {},
): Promise<{ file: Blob; archive: boolean }> {
  const stored = assessments.map((a) => ({ a, files: expectedEvidence(a) })).filter((s) => s.files.length);
  if (stored.length === 0) {
    const text = await serialiseExport(assessments, options);
    return { file: new Blob([text], { type: "application/json" }), archive: false };
  }
  const total = stored.reduce((sum, s) => sum + s.files.length, 0);
  const bytes = stored.reduce((sum, s) => sum + s.files.reduce((n, f) => n + f.ref.size, 0), 0);
  if (total + 1 > ARCHIVE_LIMITS.entries || bytes > ARCHIVE_LIMITS.expandedBytes)
    throw new Error("export_too_large: too many evidence files for one export; export fewer assessments");
  const plain = plainExport(assessments, options.now);
  let json = plain;
  let key: CryptoKey | undefined;
  if (options.passphrase) {
    const sealed = await encryptTextWithKey(plain, options.passphrase);
    json = JSON.stringify({
      format: ENCRYPTED_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      ...sealed.sealed,
    });
    key = sealed.key;
  }
  async function* files() {
    for (const { a, files } of stored) {
      const rows = await getDb().evidence.where("assessmentId").equals(a.id).toArray();
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const f of files) {
        const row = byId.get(f.ref.id);
        // Import would refuse the file: say so now, while the person can still look at it.
        if (!row || !(row.blob instanceof Blob) || row.blob.size !== f.ref.size)
          throw new Error(`evidence_missing: ${f.ref.name}`);
        yield { name: evidenceEntryName(f.ref.id), blob: key ? await sealBytes(row.blob, key) : row.blob };
      }
    }
  }
  const { writeArchive } = await import("./archive");
  const file = await writeArchive(json, files(), (written) => options.onFile?.(written, total));
  return { file, archive: true };
}

// ---------------------------------------------------------------------------------------------
// Reading a file (no writes).

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ImportError("not_json");
  }
}

/** Parsed so that a failure can be described: each issue keeps the value it names. */
const described = { reportInput: true };

/** An import's problems in zod's words, in the language of the page importing. */
function problemsOf(error: z.core.$ZodError, locale: Locale, prefix = ""): string {
  return describeIssues(error.issues, locale)
    .map((problem) => prefix + problem)
    .join("; ");
}

/**
 * The envelope: plain records (and, for an encrypted file, the key that also seals its evidence
 * files), or a request for the passphrase. Throws ImportError.
 */
async function openEnvelope(
  text: string,
  passphrase: string | undefined,
  locale: Locale,
): Promise<{ records: unknown[]; key?: CryptoKey }> {
  const json = parseJson(text);
  const envelope = envelopeSchema.safeParse(json);
  if (
    !envelope.success ||
    (envelope.data.format !== EXPORT_FORMAT && envelope.data.format !== ENCRYPTED_FORMAT)
  )
    throw new ImportError("not_export");
  const version = envelope.data.formatVersion;
  if (typeof version !== "number")
    throw new ImportError("format_version_type", (JSON.stringify(version) ?? "undefined").slice(0, 40));
  if (version !== EXPORT_FORMAT_VERSION) throw new ImportError("format_version", String(version));
  if (envelope.data.format === ENCRYPTED_FORMAT) {
    const sealed = encryptedFileSchema.safeParse(json, described);
    if (!sealed.success) throw new ImportError("encryption_header", problemsOf(sealed.error, locale));
    if (!passphrase) throw new ImportError("passphrase_needed");
    const opened = await decryptTextWithKey(sealed.data, passphrase);
    if (opened === null) throw new ImportError("wrong_passphrase");
    const { records } = await openEnvelope(opened.text, undefined, locale);
    return { records, key: opened.key };
  }
  const file = plainFileSchema.safeParse(json, described);
  if (!file.success) throw new ImportError("invalid_file", problemsOf(file.error, locale));
  return { records: file.data.assessments };
}

const PROGRESS_EVERY = 250;

const answerSchemas = new Map<string, ReturnType<typeof answersSchema>>();
function answersSchemaFor(version: string, complete: boolean) {
  const key = `${version}:${complete}`;
  let schema = answerSchemas.get(key);
  if (!schema) answerSchemas.set(key, (schema = answersSchema(getChecklist(version), { complete })));
  return schema;
}

const INTEGRITY_ERRORS: Record<IntegrityProblem, ImportErrorCode> = {
  draft_has_verdict: "invalid_record",
  incomplete: "invalid_record",
  unknown_checklist: "unknown_checklist",
  summary_context: "verdict_mismatch",
  verdict_mismatch: "verdict_mismatch",
  fingerprint_mismatch: "tampered",
  chain_mismatch: "chain_mismatch",
  chain_missing: "chain_missing",
  answer_sources: "answer_sources",
  screening_mismatch: "screening_mismatch",
  future_date: "future_date",
};

/**
 * One record, fully checked: shape (the stored-record schema), checklist version, answers against
 * that version, and for a completed one its verdict against its answers, its fingerprint and its
 * chain (lib/assessment/integrity.ts).
 */
async function checkRecord(raw: unknown, index: number, locale: Locale): Promise<Assessment> {
  const at = { index: String(index + 1), id: recordIdOf(raw) };
  const parsed = assessmentSchema.safeParse(raw, described);
  if (!parsed.success)
    throw new ImportError("invalid_record", at.index, { ...at, problem: problemsOf(parsed.error, locale) });
  const a = parsed.data;
  if (!isKnownChecklistVersion(a.checklistVersion))
    throw new ImportError("unknown_checklist", a.checklistVersion, at);
  const completed = a.status === "completed";
  const answers = answersSchemaFor(a.checklistVersion, completed).safeParse(a.answers, described);
  if (!answers.success)
    throw new ImportError("invalid_record", at.index, {
      ...at,
      problem: problemsOf(answers.error, locale, "answers."),
    });
  const problem = await checkIntegrity(a);
  if (problem === "future_date")
    throw new ImportError("future_date", at.index, { ...at, problem: futureDate(a) ?? "" });
  if (problem) throw new ImportError(INTEGRITY_ERRORS[problem], at.index, { ...at, problem });
  return a;
}

/**
 * Reads and checks a whole exchange file. Resolves to its assessments, or rejects with an
 * ImportError (what is wrong with a record or the file in `locale`); never writes anything.
 */
export async function readExchangeFile(
  file: { size: number; text: () => Promise<string> },
  passphrase?: string,
  onProgress?: (checked: number, total: number) => void,
  locale: Locale = "en",
): Promise<Assessment[]> {
  if (file.size > MAX_IMPORT_BYTES) throw new ImportError("too_large");
  let text: string;
  try {
    text = await file.text();
  } catch {
    throw new ImportError("not_json");
  }
  const { records } = await openEnvelope(text, passphrase, locale);
  const assessments = await checkRecords(records, onProgress, locale);
  // A plain file carries no evidence: a record whose trail keeps files needs the archive.
  for (const [i, a] of assessments.entries()) {
    const first = expectedEvidence(a)[0];
    if (first) throw missingEvidence(i, a, first);
  }
  return assessments;
}

/** Every record checked (checkRecord), ids unique; progress every PROGRESS_EVERY records. */
async function checkRecords(
  records: unknown[],
  onProgress: ((checked: number, total: number) => void) | undefined,
  locale: Locale,
): Promise<Assessment[]> {
  if (records.length === 0) throw new ImportError("empty");
  const out: Assessment[] = [];
  const seen = new Map<string, number>();
  for (const [i, raw] of records.entries()) {
    const a = await checkRecord(raw, i, locale).catch((error: unknown) => {
      if (error instanceof ImportError) throw error;
      // Whatever else a hostile record provokes (a RangeError, say) is still that record's fault.
      const problem = error instanceof Error ? error.name : String(error);
      throw new ImportError("invalid_record", String(i + 1), {
        index: String(i + 1),
        id: recordIdOf(raw),
        problem,
      });
    });
    const first = seen.get(a.id);
    if (first !== undefined)
      throw new ImportError("duplicate_id", String(i + 1), {
        index: String(i + 1),
        other: String(first + 1),
        id: a.id,
      });
    seen.set(a.id, i);
    out.push(a);
    if (onProgress && (i + 1) % PROGRESS_EVERY === 0) onProgress(i + 1, records.length);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Archives: the exchange file plus evidence files (archive.ts; format in the README).

/** An evidence file read from an archive, checked, ready to store beside its assessment. */
export type ImportedEvidence = EvidenceRow;

/** What an import file holds once every check passed. */
export interface CheckedImport {
  assessments: Assessment[];
  evidence: ImportedEvidence[];
}

/** The files a record's trail says are stored (added and not removed), each with its item. */
function expectedEvidence(a: Assessment): EvidenceOnRecord[] {
  if (a.status !== "completed" || !a.summary) return [];
  return storedEvidence(deriveTracking({ ...a, summary: a.summary }, localDate()));
}

const evidenceEntryName = (fileId: string) => `${EVIDENCE_PREFIX}${fileId}`;

function missingEvidence(i: number, a: Assessment, f: EvidenceOnRecord): ImportError {
  return new ImportError("evidence_missing", f.ref.name, {
    index: String(i + 1),
    id: a.id,
    problem: f.ref.name,
  });
}

/**
 * A record's stored files against the limits a person adding them meets (lib/tracking/evidence.ts);
 * a single file over 25 MB already fails the record's schema (evidenceRefSchema).
 */
function checkEvidenceLimitsOf(i: number, a: Assessment, files: readonly EvidenceOnRecord[]) {
  const at = { index: String(i + 1), id: a.id };
  if (files.length > EVIDENCE_LIMITS.files)
    throw new ImportError("evidence_too_many", String(files.length), {
      ...at,
      problem: String(files.length),
    });
  if (files.reduce((sum, f) => sum + f.ref.size, 0) > EVIDENCE_LIMITS.assessmentBytes)
    throw new ImportError("evidence_too_large", at.index, at);
}

/**
 * Reads and checks an import file: an exchange JSON file (readExchangeFile; it carries no
 * evidence) or an archive. Of an archive: its directory (archive.ts: names, count, declared sizes),
 * its JSON as readExchangeFile checks a file (fingerprints, verdicts, chains), then each file the
 * trails say is stored: present, of the recorded size, decrypted with the export's key when it is
 * encrypted, and of the recorded SHA-256; no entry beyond them. Never writes anything.
 */
export async function readImportFile(
  file: Blob,
  passphrase?: string,
  onProgress?: (checked: number, total: number) => void,
  locale: Locale = "en",
): Promise<CheckedImport> {
  if (!(await looksLikeArchive(file).catch(() => false)))
    return { assessments: await readExchangeFile(file, passphrase, onProgress, locale), evidence: [] };
  let archive: OpenedArchive;
  let text: string;
  try {
    const { openArchive } = await import("./archive");
    archive = await openArchive(file);
    text = new TextDecoder("utf-8", { fatal: true }).decode(await archive.read(ARCHIVE_JSON));
  } catch (error) {
    if (error instanceof ArchiveError) throw new ImportError(error.problem, error.detail);
    throw new ImportError("not_json");
  }
  const { records, key } = await openEnvelope(text, passphrase, locale);
  const assessments = await checkRecords(records, onProgress, locale);
  const expected = new Map<string, { i: number; a: Assessment; f: EvidenceOnRecord }>();
  for (const [i, a] of assessments.entries()) {
    const files = expectedEvidence(a);
    checkEvidenceLimitsOf(i, a, files);
    for (const f of files) {
      const name = evidenceEntryName(f.ref.id);
      if (expected.has(name))
        throw new ImportError("duplicate_id", f.ref.id, { index: String(i + 1), id: a.id });
      expected.set(name, { i, a, f });
    }
  }
  for (const name of archive.names.slice(1))
    if (!expected.has(name)) throw new ImportError("evidence_unexpected", printableName(name));
  const evidence: ImportedEvidence[] = [];
  for (const [name, { i, a, f }] of expected) {
    if (!archive.names.includes(name)) throw missingEvidence(i, a, f);
    const altered = new ImportError("evidence_altered", f.ref.name, {
      index: String(i + 1),
      id: a.id,
      problem: f.ref.name,
    });
    // The declared size first: a file of the wrong size is refused before it is read.
    if (archive.sizeOf(name) !== (key ? sealedSize(f.ref.size) : f.ref.size)) throw altered;
    let bytes: Uint8Array<ArrayBuffer> | null;
    try {
      bytes = await archive.read(name);
    } catch (error) {
      if (error instanceof ArchiveError) throw new ImportError(error.problem, error.detail);
      throw altered;
    }
    if (key) bytes = await openBytes(bytes, key, f.ref.size);
    if (!bytes || bytes.length !== f.ref.size || (await sha256OfBytes(bytes)) !== f.ref.sha256) throw altered;
    evidence.push({
      ...f.ref,
      assessmentId: a.id,
      item: f.item,
      blob: new Blob([bytes], { type: f.ref.type }),
      addedAt: f.addedAt,
    });
    onProgress?.(evidence.length, expected.size);
  }
  return { assessments, evidence };
}

/** Plain-text wrapper for readExchangeFile (tests, bench). */
export function readExchangeText(text: string, passphrase?: string, locale?: Locale): Promise<Assessment[]> {
  const file = { size: new Blob([text]).size, text: () => Promise.resolve(text) };
  return readExchangeFile(file, passphrase, undefined, locale);
}

// ---------------------------------------------------------------------------------------------
// Writing (one transaction).

/** Ids among `assessments` that already exist in this browser. */
export async function findExisting(assessments: readonly Assessment[]): Promise<string[]> {
  const keys = assessments.map((a) => a.id);
  const found = await getDb().assessments.bulkGet(keys);
  return keys.filter((_, i) => found[i] !== undefined);
}

export type DuplicateChoice = "keep_both" | "skip";

/**
 * A copy kept beside an existing assessment with the same id: new id, and — since the
 * fingerprint covers the id — a new fingerprint, with the original id and fingerprint recorded
 * in its audit trail.
 */
async function copyWithNewId(a: Assessment): Promise<Assessment> {
  const copy: Assessment = { ...a, id: crypto.randomUUID() };
  const at = new Date().toISOString();
  const detail = a.fingerprint ? `${a.id} ${a.fingerprint}` : a.id;
  copy.audit = [...(a.audit ?? []), { at, action: "copied_on_import", by: "", detail }];
  if (a.status === "completed") {
    copy.fingerprint = await fingerprint(copy);
    copy.chain = await chainHead({ ...copy, fingerprint: copy.fingerprint });
  }
  return copy;
}

/**
 * Writes checked assessments in one transaction: all of them, or — on any failure, including an
 * id that appeared since the duplicate check — none.
 */
export async function importAssessments(
  assessments: readonly Assessment[],
  duplicates: DuplicateChoice = "skip",
  evidence: readonly ImportedEvidence[] = [],
): Promise<{ added: number; copied: number; skipped: number }> {
  const existing = new Set(await findExisting(assessments));
  const fresh = assessments.filter((a) => !existing.has(a.id));
  const freshIds = new Set(fresh.map((a) => a.id));
  // A copy's trail names the original's files (their ids are the store's keys): keeping both would
  // make two records own one file, so such a copy is refused rather than stored without its files.
  const copied = evidence.find((e) => !freshIds.has(e.assessmentId));
  if (duplicates === "keep_both" && copied)
    throw new ImportError("evidence_copy", copied.assessmentId, { id: copied.assessmentId });
  const files = evidence.filter((e) => freshIds.has(e.assessmentId));
  const copies =
    duplicates === "keep_both"
      ? await Promise.all(assessments.filter((a) => existing.has(a.id)).map(copyWithNewId))
      : [];
  const written = [...fresh, ...copies];
  // A draft's screening record goes to the draft store (where the identity step keeps it until
  // completion), not into the stored draft; a completed record keeps its frozen one.
  const drafts = written.filter((a) => a.status === "draft");
  const records = written.map((a) => (a.status === "draft" ? withoutScreening(a) : a));
  const checks = await Promise.all(records.map(checkSignOffs));
  const db = getDb();
  try {
    await db.transaction(
      "rw",
      [db.assessments, db.historyRows, db.evidence, screeningDraftsTable()],
      async () => {
        await db.assessments.bulkAdd(records);
        await db.historyRows.bulkPut(records.map((a, i) => historyRowOf(a, checks[i])));
        await writeImportedDraftScreenings(drafts);
        await db.evidence.bulkAdd(files);
      },
    );
  } catch (error) {
    throw new ImportError("storage", error instanceof Error ? error.name : String(error));
  }
  return {
    added: fresh.length,
    copied: copies.length,
    skipped: duplicates === "skip" ? existing.size : 0,
  };
}

function withoutScreening(a: Assessment): Assessment {
  const rest = { ...a };
  delete rest.screening;
  return rest;
}

/** Records read per step of an export (each step reports its progress). */
const EXPORT_PART = 250;

/**
 * Every stored assessment with the given ids, in that order (for export), read EXPORT_PART at a
 * time with `onProgress(done, total)` after each part. A draft carries its current screening
 * record as `screening`; a completed one its frozen record, as fingerprinted.
 */
export async function getAssessmentsForExport(
  ids: readonly string[],
  onProgress: (done: number, total: number) => void = () => {},
): Promise<Assessment[]> {
  const records: Assessment[] = [];
  for (let start = 0; start < ids.length; start += EXPORT_PART) {
    const part = ids.slice(start, start + EXPORT_PART);
    const raw = await getDb().assessments.bulkGet(part);
    const read = raw.flatMap((r) => (r === undefined ? [] : [restoreAssessment(r)]));
    const screenings = await getDraftScreenings(read.filter((a) => a.status === "draft").map((a) => a.id));
    for (const a of read) {
      const screening = a.status === "draft" ? screenings.get(a.id) : undefined;
      records.push(screening ? { ...a, screening } : a);
    }
    onProgress(start + part.length, ids.length);
  }
  return records;
}
