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

import { getDb } from "./db";
import { decryptText, encryptText, MAX_PBKDF2_ITERATIONS, PBKDF2_ITERATIONS } from "./exchange-crypto";
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

/** The envelope: plain records, or a request for the passphrase. Throws ImportError. */
async function openEnvelope(
  text: string,
  passphrase: string | undefined,
  locale: Locale,
): Promise<unknown[]> {
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
    const plain = await decryptText(sealed.data, passphrase);
    if (plain === null) throw new ImportError("wrong_passphrase");
    return openEnvelope(plain, undefined, locale);
  }
  const file = plainFileSchema.safeParse(json, described);
  if (!file.success) throw new ImportError("invalid_file", problemsOf(file.error, locale));
  return file.data.assessments;
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
  const records = await openEnvelope(text, passphrase, locale);
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
): Promise<{ added: number; copied: number; skipped: number }> {
  const existing = new Set(await findExisting(assessments));
  const fresh = assessments.filter((a) => !existing.has(a.id));
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
    await db.transaction("rw", db.assessments, db.historyRows, screeningDraftsTable(), async () => {
      await db.assessments.bulkAdd(records);
      await db.historyRows.bulkPut(records.map((a, i) => historyRowOf(a, checks[i])));
      await writeImportedDraftScreenings(drafts);
    });
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
