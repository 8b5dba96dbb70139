// Issue 28 item 7: an export carries its evidence files in one archive; import checks every hash
// and the chain, and refuses a hostile or altered archive with nothing written.
import "fake-indexeddb/auto";

import { BlobReader, BlobWriter, TextReader, ZipWriter } from "@zip.js/zip.js/lib/zip-core-custom.js";
import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";

import type { Assessment } from "@/lib/assessment/assessment";
import { chainHead } from "@/lib/assessment/chain";
import { localDate } from "@/lib/assessment/dates";
import { migrateAnswersToCurrent } from "@/lib/checklist/migrations/migrate";
import { CURRENT_CHECKLIST_VERSION, getChecklist } from "@/lib/checklist/registry";
import { caseAnswers, getExample } from "@/lib/examples/examples";
import { evaluateRisk } from "@/lib/risk/evaluate-risk";

import { ARCHIVE_JSON, ARCHIVE_LIMITS, openArchive, unsafeNameReason } from "./archive";
import { completeAssessment, createDraft } from "./assessments";
import { getDb } from "./db";
import { addEvidence, readEvidence, setItemStatus } from "./evidence";
import {
  getAssessmentsForExport,
  ImportError,
  type ImportErrorCode,
  importAssessments,
  makeExportFile,
  plainExport,
  readImportFile,
  serialiseExport,
} from "./exchange";

const CONDITION = "condition:data_clauses_added" as const;
const APPROVAL = "approval:pi_consent_and_impact_assessment" as const;
const LETTER = `%PDF-1.7\napproval letter ${"x".repeat(3000)}`;
const EXTRACT = `%PDF-1.7\nregistry extract ${"y".repeat(3000)}`;

/** The trade-fair example (proceed with conditions), met item by item with two files. */
async function withEvidence(): Promise<Assessment> {
  const example = getExample("trade-fair")!;
  const { answers } = migrateAnswersToCurrent(example.answeredOn, caseAnswers(example, "en"));
  const draft = await createDraft(CURRENT_CHECKLIST_VERSION, "basics", answers);
  const summary = evaluateRisk(getChecklist(CURRENT_CHECKLIST_VERSION), answers, { date: localDate() });
  const a = await completeAssessment(draft.id, answers, summary);
  await addEvidence(a.id, { item: APPROVAL, file: new Blob([LETTER]), name: "PIA letter.pdf", by: "Li Lei" });
  await addEvidence(a.id, { item: CONDITION, file: new Blob([EXTRACT]), name: "extract.pdf", by: "Li Lei" });
  await setItemStatus(a.id, { item: CONDITION, status: "met", by: "Li Lei", date: localDate() });
  return (await getAssessmentsForExport([a.id]))[0]!;
}

async function emptyDb() {
  await getDb().delete();
  await getDb().open();
}

async function failure(promise: Promise<unknown>): Promise<ImportErrorCode> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportError) return error.code;
    throw error;
  }
  throw new Error("expected an ImportError");
}

/** Imports `file` into the empty database; resolves to the refusal's code, nothing written. */
async function refused(file: Blob, passphrase?: string): Promise<ImportErrorCode> {
  const code = await failure(
    readImportFile(file, passphrase).then((read) =>
      importAssessments(read.assessments, "skip", read.evidence),
    ),
  );
  expect(await getDb().assessments.count()).toBe(0);
  expect(await getDb().evidence.count()).toBe(0);
  expect(await getDb().historyRows.count()).toBe(0);
  return code;
}

/** An archive of `json` and the given entries, as a hostile writer would make it. */
async function zipOf(json: string, entries: [string, Blob, number?][]): Promise<Blob> {
  const writer = new ZipWriter(new BlobWriter("application/zip"));
  await writer.add(ARCHIVE_JSON, new TextReader(json));
  for (const [name, blob, level = 0] of entries) await writer.add(name, new BlobReader(blob), { level });
  return writer.close();
}

/** The file entries of the record's export, as they are. */
async function exportedFiles(): Promise<[string, Blob][]> {
  const archive = await openArchive((await makeExportFile([record])).file);
  const names = archive.names.slice(1);
  return Promise.all(
    names.map(async (name): Promise<[string, Blob]> => [name, new Blob([await archive.read(name)])]),
  );
}

let record: Assessment;
let files: { id: string; name: string }[];

beforeEach(async () => {
  await emptyDb();
  record = await withEvidence();
  files = (await getDb().evidence.toArray()).map((r) => ({ id: r.id, name: r.name }));
  expect(files).toHaveLength(2);
});

const entry = (id: string) => `evidence/${id}`;
const fileOf = (name: string) => files.find((f) => f.name === name)!;

describe("an exported assessment with evidence", () => {
  it("is one archive that imports into a fresh browser with every file's hash verified", async () => {
    const { file, archive } = await makeExportFile([record]);
    expect(archive).toBe(true);
    // The JSON first, then each file in the order it was added.
    expect((await openArchive(file)).names).toEqual([
      ARCHIVE_JSON,
      entry(fileOf("PIA letter.pdf").id),
      entry(fileOf("extract.pdf").id),
    ]);

    await emptyDb();
    const read = await readImportFile(file);
    expect(read.evidence.map((e) => e.name).sort()).toEqual(["PIA letter.pdf", "extract.pdf"]);
    expect(await importAssessments(read.assessments, "skip", read.evidence)).toMatchObject({ added: 1 });
    const refs = read.evidence.map(({ id, sha256, name, size, type }) => ({ id, sha256, name, size, type }));
    const kept = await readEvidence(record.id, refs);
    expect([...kept.values()].every((e) => e?.intact)).toBe(true);
    expect(await kept.get(fileOf("PIA letter.pdf").id)!.blob.text()).toBe(LETTER);
  });

  it("is encrypted, files included, when a passphrase is given", async () => {
    const { file } = await makeExportFile([record], { passphrase: "correct horse" });
    const bytes = new Uint8Array(await file.arrayBuffer());
    // Neither the files' text nor the JSON's is anywhere in the archive.
    const text = new TextDecoder("latin1").decode(bytes);
    expect(text).not.toContain("approval letter");
    expect(text).not.toContain("PIA letter");
    await emptyDb();
    expect(await refused(file)).toBe("passphrase_needed");
    expect(await refused(file, "wrong horse")).toBe("wrong_passphrase");
    const read = await readImportFile(file, "correct horse");
    await importAssessments(read.assessments, "skip", read.evidence);
    expect(await (await getDb().evidence.get(fileOf("extract.pdf").id))!.blob.text()).toBe(EXTRACT);
  });

  it("is refused when a sealed file's bytes are altered", async () => {
    const { file } = await makeExportFile([record], { passphrase: "correct horse" });
    const archive = await openArchive(file);
    const json = new TextDecoder().decode(await archive.read(ARCHIVE_JSON));
    const [first, second] = files.map((f) => entry(f.id)) as [string, string];
    const sealed = await archive.read(first);
    sealed[40] = sealed[40]! ^ 1;
    const hostile = await zipOf(json, [
      [first, new Blob([sealed])],
      [second, new Blob([await archive.read(second)])],
    ]);
    await emptyDb();
    expect(await refused(hostile, "correct horse")).toBe("evidence_altered");
  });

  it("keeps older plain JSON exports importable, and makes one when no file is kept", async () => {
    const { answers } = migrateAnswersToCurrent(
      getExample("trade-fair")!.answeredOn,
      caseAnswers(getExample("trade-fair")!, "en"),
    );
    const draft = await createDraft(CURRENT_CHECKLIST_VERSION, "basics", answers);
    const plain = await getAssessmentsForExport([draft.id]);
    const made = await makeExportFile(plain);
    expect(made.archive).toBe(false);
    expect(JSON.parse(await made.file.text())).toMatchObject({ formatVersion: 1 });
    await emptyDb();
    const read = await readImportFile(made.file);
    await importAssessments(read.assessments, "skip", read.evidence);
    expect(await getDb().assessments.count()).toBe(1);
  });
});

describe("an archive is refused, with nothing written", () => {
  it("when a plain JSON export leaves out the files its trail keeps", async () => {
    const json = await serialiseExport([record]);
    await emptyDb();
    expect(await refused(new Blob([json]))).toBe("evidence_missing");
  });

  it("when a file is missing", async () => {
    const hostile = await zipOf(plainExport([record]), [
      [entry(fileOf("extract.pdf").id), new Blob([EXTRACT])],
    ]);
    await emptyDb();
    expect(await refused(hostile)).toBe("evidence_missing");
  });

  it("when two files are swapped, or one is edited keeping its size", async () => {
    const letter = entry(fileOf("PIA letter.pdf").id);
    const extract = entry(fileOf("extract.pdf").id);
    const swapped = await zipOf(plainExport([record]), [
      [letter, new Blob([EXTRACT])],
      [extract, new Blob([LETTER])],
    ]);
    const edited = await zipOf(plainExport([record]), [
      [letter, new Blob([LETTER.replace("approval", "APPROVAL")])],
      [extract, new Blob([EXTRACT])],
    ]);
    await emptyDb();
    expect(await refused(swapped)).toBe("evidence_altered");
    expect(await refused(edited)).toBe("evidence_altered");
  });

  it("when a status is edited in the export's JSON", async () => {
    const forged = structuredClone(record);
    const change = forged.audit!.find((e) => e.action === "item_status_set")!;
    change.tracking!.status = "waived";
    const entries = await exportedFiles();
    await emptyDb();
    expect(await refused(await zipOf(plainExport([forged]), entries))).toBe("chain_mismatch");
  });

  it("when an entry is not one the trail names", async () => {
    const entries = await exportedFiles();
    await emptyDb();
    const extra = await zipOf(plainExport([record]), [...entries, ["evidence/readme.txt", new Blob(["hi"])]]);
    expect(await refused(extra)).toBe("evidence_unexpected");
  });

  it("when an entry's name is unsafe (a path, '..', absolute, a backslash, a control character)", async () => {
    const unsafe = fc.oneof(
      fc.constantFrom("../evil.pdf", "evidence/../../x", "/etc/passwd", "C:/x", "evidence\\x", "a//b", "./a"),
      fc
        .tuple(fc.string(), fc.integer({ min: 0, max: 0x1f }), fc.string())
        .map(([a, c, b]) => `evidence/${a}${String.fromCharCode(c)}${b}`),
      fc.tuple(fc.string({ minLength: 1 }), fc.string()).map(([a, b]) => `${a.replace(/^\/*/, "")}/../${b}`),
    );
    await emptyDb();
    await fc.assert(
      fc.asyncProperty(unsafe, async (name) => {
        expect(unsafeNameReason(name)).not.toBeNull();
        expect(await refused(await zipOf("{}", [[name, new Blob(["x"])]]))).toBe("archive_unsafe_name");
      }),
      { numRuns: 40 },
    );
  });

  it("accepts every safe name at the directory check (what it holds is checked next)", async () => {
    const safe = fc
      .array(
        fc
          .string({ minLength: 1, maxLength: 12 })
          .filter((s) => unsafeNameReason(s) === null && !s.includes("/")),
        { minLength: 1, maxLength: 3 },
      )
      .map((parts) => parts.join("/"))
      .filter((name) => name !== ARCHIVE_JSON);
    await fc.assert(
      fc.asyncProperty(safe, async (name) => {
        const archive = await openArchive(await zipOf("{}", [[name, new Blob(["x"])]]));
        expect(archive.names).toEqual([ARCHIVE_JSON, name]);
      }),
      { numRuns: 40 },
    );
  });

  it("when it holds too many entries", async () => {
    const many: [string, Blob][] = Array.from({ length: ARCHIVE_LIMITS.entries }, (_, i) => [
      `evidence/${i}`,
      new Blob([]),
    ]);
    await emptyDb();
    expect(await refused(await zipOf(plainExport([record]), many))).toBe("archive_too_many_entries");
  });

  it("when an entry expands past what it declares (a zip bomb), checked while it streams", async () => {
    const letter = entry(fileOf("PIA letter.pdf").id);
    const extract = entry(fileOf("extract.pdf").id);
    // A deflated entry of 20 MB of zeros, then its declared size rewritten to the letter's size.
    const bomb = await zipOf(plainExport([record]), [
      [letter, new Blob([new Uint8Array(20 * 1024 * 1024)]), 9],
      [extract, new Blob([EXTRACT])],
    ]);
    const hostile = setDeclaredSize(new Uint8Array(await bomb.arrayBuffer()), letter, LETTER.length);
    await emptyDb();
    expect(await refused(new Blob([hostile]))).toBe("archive_too_large");
  });

  it("when entries declare more than the archive's limits, before anything is read", async () => {
    const letter = entry(fileOf("PIA letter.pdf").id);
    const zipped = await zipOf(plainExport([record]), [[letter, new Blob([LETTER])]]);
    const hostile = setDeclaredSize(new Uint8Array(await zipped.arrayBuffer()), letter, 0xfffffff0);
    await emptyDb();
    expect(await refused(new Blob([hostile]))).toBe("archive_too_large");
  });

  it("when a file or an assessment is over the size limits, or keeps more than 50 files", async () => {
    const forge = async (grow: (a: Assessment) => void) => {
      const forged = structuredClone(record);
      grow(forged);
      forged.chain = await chainHead({ ...forged, fingerprint: forged.fingerprint! });
      return zipOf(plainExport([forged]), []);
    };
    const added = () => record.audit!.find((e) => e.action === "evidence_added")!;
    const copies = (n: number, size: number) => (a: Assessment) => {
      for (let i = 0; i < n; i++) {
        const e = structuredClone(added());
        e.tracking!.evidence = { ...e.tracking!.evidence!, id: crypto.randomUUID(), size };
        a.audit!.push(e);
      }
    };
    const big = await forge((a) => {
      a.audit!.find((e) => e.action === "evidence_added")!.tracking!.evidence!.size = 26 * 1024 * 1024;
    });
    const many = await forge(copies(49, 10));
    const heavy = await forge(copies(9, 24 * 1024 * 1024));
    await emptyDb();
    // One file over 25 MB already fails the record's schema, which names the field.
    expect(await refused(big)).toBe("invalid_record");
    expect(await refused(many)).toBe("evidence_too_many");
    expect(await refused(heavy)).toBe("evidence_too_large");
  });

  it("when it is not a readable archive", async () => {
    const { file } = await makeExportFile([record]);
    const cut = file.slice(0, file.size - 30);
    await emptyDb();
    expect(await refused(cut)).toBe("archive_invalid");
    expect(await refused(new Blob([new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3])]))).toBe("archive_invalid");
  });

  it("when a duplicate kept as a copy carries files (they belong to the one already here)", async () => {
    const { file } = await makeExportFile([record]);
    const read = await readImportFile(file);
    await expect(importAssessments(read.assessments, "keep_both", read.evidence)).rejects.toMatchObject({
      code: "evidence_copy",
    });
    expect(await getDb().assessments.count()).toBe(1);
    expect(await getDb().evidence.count()).toBe(2);
  });
});

/** Rewrites an entry's declared uncompressed size in its local header and its directory record. */
function setDeclaredSize(
  bytes: Uint8Array<ArrayBuffer>,
  name: string,
  size: number,
): Uint8Array<ArrayBuffer> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const target = new TextEncoder().encode(name);
  const matches = (at: number) => target.every((b, i) => bytes[at + i] === b);
  for (let at = 0; at + 46 < bytes.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && view.getUint16(at + 26, true) === target.length && matches(at + 30))
      view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50 && view.getUint16(at + 28, true) === target.length && matches(at + 46))
      view.setUint32(at + 24, size, true);
  }
  return bytes;
}
