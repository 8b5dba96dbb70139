import "fake-indexeddb/auto";

import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";

import type { Assessment } from "@/lib/assessment/assessment";
import { fingerprint } from "@/lib/assessment/fingerprint";
import { getChecklist } from "@/lib/checklist/registry";
import { benignTranslation } from "@/test/fixtures/risk/benign-translation";
import { railwayBeforeSigning } from "@/test/fixtures/risk/railway";
import { evaluateRisk } from "@/lib/risk/evaluate-risk";
import { SCREENED } from "@/test/fixtures/screening/screened";
import { screeningAnswers } from "@/lib/screening/outcome";

import { newDraft } from "./assessments";
import { getDb } from "./db";
import {
  getAssessmentsForExport,
  ImportError,
  type ImportErrorCode,
  importAssessments,
  MAX_IMPORT_BYTES,
  readExchangeFile,
  readExchangeText,
  serialiseExport,
} from "./exchange";
import { getDraftScreening, putDraftScreening, screeningDraftsTable } from "./screening-lists";

async function completed(answers: Assessment["answers"], version = "2026.2"): Promise<Assessment> {
  const draft = newDraft(version, "basics", new Date("2026-11-20T09:00:00Z"));
  const a: Assessment = {
    ...draft,
    answers,
    status: "completed",
    completedAt: "2026-11-28T10:00:00.000Z",
    updatedAt: "2026-11-28T10:00:00.000Z",
    summary: evaluateRisk(getChecklist(version), answers, { date: "2026-11-28" }),
    audit: [{ at: "2026-11-28T10:00:00.000Z", action: "completed", by: "Li Wei" }],
  };
  return { ...a, fingerprint: await fingerprint(a) };
}

async function stored(): Promise<Assessment[]> {
  const db = getDb();
  return (await db.assessments.toArray()).sort((a, b) => a.id.localeCompare(b.id));
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

let records: Assessment[];

beforeEach(async () => {
  const db = getDb();
  await db.assessments.clear();
  await db.historyRows.clear();
  records = [
    await completed(railwayBeforeSigning),
    await completed(benignTranslation, "2026.1"),
    { ...newDraft("2026.2", "identity"), answers: { project_name: "Draft project" } },
  ];
});

describe("exchange files", () => {
  it("export → wipe → import restores identical assessments, fingerprints and history rows", async () => {
    await importAssessments(records);
    const before = await stored();
    const text = await serialiseExport(before);
    await getDb().assessments.clear();
    await getDb().historyRows.clear();
    const read = await readExchangeText(text);
    expect(await importAssessments(read)).toEqual({ added: 3, copied: 0, skipped: 0 });
    expect(await stored()).toEqual(before);
    expect(await getDb().historyRows.count()).toBe(3);
  });

  it("round-trips an encrypted file and tells a missing or wrong passphrase apart", async () => {
    const text = await serialiseExport(records, { passphrase: "correct horse battery staple" });
    expect(text).not.toContain("railway");
    expect(JSON.parse(text)).toMatchObject({ kdf: { name: "PBKDF2", iterations: 600_000 } });
    expect(await failure(readExchangeText(text))).toBe("passphrase_needed");
    expect(await failure(readExchangeText(text, "wrong"))).toBe("wrong_passphrase");
    expect(await readExchangeText(text, "correct horse battery staple")).toEqual(records);
  });

  it("gives each kind of bad file its own error and leaves stored assessments unchanged", async () => {
    await importAssessments([records[0]!]);
    const before = await stored();
    const good = JSON.parse(await serialiseExport(records)) as { assessments: Assessment[] } & Record<
      string,
      unknown
    >;
    const variant = (change: (f: typeof good) => void) => {
      const f = structuredClone(good);
      change(f);
      return JSON.stringify(f);
    };
    const cases: [string, ImportErrorCode][] = [
      ["{ not json", "not_json"],
      [JSON.stringify({ hello: "world" }), "not_export"],
      [variant((f) => (f.formatVersion = 2)), "format_version"],
      [variant((f) => (f.assessments[1]!.checklistVersion = "1999.9")), "unknown_checklist"],
      [variant((f) => (f.assessments[0]!.answers.monthly_volume_gb = 5)), "verdict_mismatch"],
      [variant((f) => (f.assessments[0]!.summary!.level = "low")), "verdict_mismatch"],
      [variant((f) => (f.assessments[0]!.completedAt = "2026-11-28T10:00:01.000Z")), "tampered"],
      [variant((f) => (f.assessments[0]!.answers.payment_source = "barter")), "invalid_record"],
      [variant((f) => (f.assessments = [])), "empty"],
    ];
    for (const [text, code] of cases) {
      expect(await failure(readExchangeText(text)), code).toBe(code);
    }
    const huge = { size: MAX_IMPORT_BYTES + 1, text: () => Promise.reject(new Error("never read")) };
    expect(await failure(readExchangeFile(huge))).toBe("too_large");
    expect(await stored()).toEqual(before);
  });

  it("says what is wrong with a refused record in the importing page's language", async () => {
    const file = JSON.parse(await serialiseExport(records)) as { assessments: Record<string, unknown>[] };
    file.assessments[1]!.status = "archived";
    const text = JSON.stringify(file);
    const problem = async (locale?: "en" | "zh") => {
      const error = await readExchangeText(text, undefined, locale).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "invalid_record", values: { index: "2", id: records[1]!.id } });
      return (error as ImportError).values.problem;
    };
    expect(await problem()).toMatch(/^status: Invalid option: expected one of "draft"\|"completed"/);
    expect(await problem("zh")).toMatch(/^status: 无效选项：期望以下之一 "draft"\|"completed"/);
  });

  it("asks about duplicate ids: skip keeps the stored one, keep both adds a re-fingerprinted copy", async () => {
    await importAssessments(records);
    expect(await importAssessments(records, "skip")).toEqual({ added: 0, copied: 0, skipped: 3 });
    expect(await getDb().assessments.count()).toBe(3);
    expect(await importAssessments([records[0]!], "keep_both")).toEqual({ added: 0, copied: 1, skipped: 0 });
    const copy = (await stored()).find((a) => a.id !== records[0]!.id && a.summary?.level === "critical")!;
    expect(copy.answers).toEqual(records[0]!.answers);
    expect(copy.fingerprint).toBe(await fingerprint(copy));
    expect(copy.audit?.at(-1)).toMatchObject({
      action: "copied_on_import",
      detail: `${records[0]!.id} ${records[0]!.fingerprint}`,
    });
  });

  it("writes all or nothing: a failing record rolls back the ones before it", async () => {
    const clash = { ...records[1]!, id: records[0]!.id };
    expect(await failure(importAssessments([records[0]!, clash]))).toBe("storage");
    expect(await getDb().assessments.count()).toBe(0);
    expect(await getDb().historyRows.count()).toBe(0);
  });

  it("never crashes and never writes partly on random mutations of a valid file", async () => {
    await importAssessments([records[2]!]);
    const before = await stored();
    const text = await serialiseExport(records);
    const json = JSON.parse(text) as unknown;
    const paths = leafPaths(json);
    const jsonMutation = fc.record({
      path: fc.constantFrom(...paths),
      value: fc.oneof(
        fc.string(),
        fc.integer(),
        fc.constant(null),
        fc.boolean(),
        fc.constant([]),
        fc.constant({}),
      ),
      drop: fc.boolean(),
    });
    const textMutation = fc.record({
      at: fc.nat({ max: text.length - 1 }),
      cut: fc.nat({ max: 20 }),
      insert: fc.string({ maxLength: 5 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(jsonMutation, textMutation), async (m) => {
        let mutated: string;
        if ("path" in m) {
          const copy = structuredClone(json);
          setPath(copy, m.path, m.value, m.drop);
          mutated = JSON.stringify(copy);
        } else mutated = text.slice(0, m.at) + m.insert + text.slice(m.at + m.cut);
        let read: Assessment[];
        try {
          read = await readExchangeText(mutated);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
          expect(await stored()).toEqual(before);
          return;
        }
        const storedBefore = await getDb().assessments.count();
        try {
          const result = await importAssessments(read, "skip");
          expect(await getDb().assessments.count()).toBe(storedBefore + result.added);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
          expect(await getDb().assessments.count()).toBe(storedBefore);
        }
        await getDb().assessments.clear();
        await getDb().historyRows.clear();
        await importAssessments([records[2]!]);
      }),
      { numRuns: 150 },
    );
  }, 20_000);
});

describe("a draft's screening record in exchange files", () => {
  beforeEach(() => screeningDraftsTable().clear());

  const wipe = async () => {
    await getDb().assessments.clear();
    await getDb().historyRows.clear();
    await screeningDraftsTable().clear();
  };

  it("travels in the draft's export and lands back in the draft store; a completed record's stays as fingerprinted", async () => {
    const draft = records[2]!;
    // The answers say what the screening found (a record that contradicts them is refused).
    const frozen = await completed({ ...railwayBeforeSigning, ...screeningAnswers(SCREENED) });
    const screened = { ...frozen, screening: SCREENED };
    screened.fingerprint = await fingerprint(screened);
    await importAssessments([records[0]!, screened, draft]);
    await putDraftScreening(draft.id, SCREENED);
    // A stray draft-store row under a completed id is never exported in place of its frozen record.
    await putDraftScreening(records[0]!.id, SCREENED);
    const before = await stored();

    const exported = await getAssessmentsForExport([records[0]!.id, screened.id, draft.id]);
    expect(exported[0]).toEqual(records[0]);
    expect(exported[0]!.screening).toBeUndefined();
    expect(exported[1]).toEqual(screened);
    expect(exported[1]!.fingerprint).toBe(await fingerprint(exported[1]!));
    expect(exported[2]).toEqual({ ...draft, screening: SCREENED });

    const text = await serialiseExport(exported);
    await wipe();
    expect(await importAssessments(await readExchangeText(text))).toEqual({
      added: 3,
      copied: 0,
      skipped: 0,
    });
    expect(await getDraftScreening(draft.id)).toEqual(SCREENED);
    // The stored draft is as it was: its record lives in the draft store, not in the draft.
    expect(await stored()).toEqual(before);
    expect(await getDraftScreening(records[0]!.id)).toBeUndefined();
  });

  it("refuses a file whose draft record is malformed, and writes nothing", async () => {
    const dismissedWithoutReason = {
      ...SCREENED,
      hits: SCREENED.hits.map((h) => ({ ...h, decision: "dismissed" as const, reason: "" })),
    };
    const text = await serialiseExport([{ ...records[2]!, screening: dismissedWithoutReason }]);
    expect(await failure(readExchangeText(text))).toBe("invalid_record");
    expect(await getDb().assessments.count()).toBe(0);
    expect(await screeningDraftsTable().count()).toBe(0);
  });

  it("gives a copy kept beside its original the record under its new id, and a draft without one none", async () => {
    const draft = records[2]!;
    const [read] = await readExchangeText(await serialiseExport([{ ...draft, screening: SCREENED }]));
    await importAssessments([read!]);
    expect(await importAssessments([read!], "keep_both")).toEqual({ added: 0, copied: 1, skipped: 0 });
    const copy = (await stored()).find((a) => a.id !== draft.id)!;
    expect(await getDraftScreening(copy.id)).toEqual(SCREENED);
    expect(await getDraftScreening(draft.id)).toEqual(SCREENED);

    // A record left behind by a deleted assessment of the same id is not shown as this draft's.
    await wipe();
    await putDraftScreening(draft.id, SCREENED);
    await importAssessments([draft]);
    expect(await getDraftScreening(draft.id)).toBeUndefined();
  });
});

type Path = (string | number)[];

function leafPaths(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return [path, ...value.flatMap((v, i) => leafPaths(v, [...path, i]))];
  if (value !== null && typeof value === "object")
    return [path, ...Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]))];
  return [path];
}

function setPath(root: unknown, path: Path, value: unknown, drop: boolean) {
  if (path.length === 0) return;
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (drop && !Array.isArray(node)) delete node[last];
  else node[last] = value;
}
