// The attacks of issue 13, one test per numbered problem (the CSV one, 9, is in
// lib/history/query.test.ts; the pages' side of each is in e2e/hardening.spec.ts).
import "fake-indexeddb/auto";

import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { type Assessment, DamagedRecordError, restoreAssessment } from "@/lib/assessment/assessment";
import { chainHead } from "@/lib/assessment/chain";
import { localDate } from "@/lib/assessment/dates";
import { canonicalJson } from "@/lib/assessment/canonical-json";
import { fingerprint } from "@/lib/assessment/fingerprint";
import { checkIntegrity } from "@/lib/assessment/integrity";
import { describeIssues } from "@/lib/assessment/issues";
import { newSigner } from "@/lib/assessment/signature";
import { getChecklist } from "@/lib/checklist/registry";
import type { Answers } from "@/lib/checklist/types";
import { keyPaths } from "@/lib/i18n/message-keys";
import { evaluateRisk } from "@/lib/risk/evaluate-risk";
import { benignTranslation } from "@/test/fixtures/risk/benign-translation";
import { railwayBeforeSigning } from "@/test/fixtures/risk/railway";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

import {
  applyJournalledEdit,
  completeAssessment,
  createDraft,
  getAssessment,
  signOffAssessment,
  writeDraft,
} from "./assessments";
import { AssessmentChangedError, AssessmentFrozenError, THIS_TAB } from "./draft-events";
import { listRecentDrafts } from "./quick-read";
import { getDb } from "./db";
import { IMPORT_ERRORS, ImportError, readExchangeText, serialiseExport } from "./exchange";
import { PBKDF2_ITERATIONS } from "./exchange-crypto";
import { journalEdit } from "./draft-events";
import { completedThroughStorage } from "./testing/completed";
import { installMemoryStorage } from "./testing/memory-storage";

const VERSION = "2026.2";

type ExportFile = { assessments: Assessment[] } & Record<string, unknown>;

async function exported(records: Assessment[]): Promise<ExportFile> {
  return JSON.parse(await serialiseExport(records)) as ExportFile;
}

async function refusal(text: string): Promise<ImportError> {
  try {
    await readExchangeText(text);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("the file was accepted");
}

/** What an attacker who knows the published recipe does after editing: recompute both seals. */
async function reseal(a: Assessment): Promise<Assessment> {
  const fp = await fingerprint(a);
  return { ...a, fingerprint: fp, chain: await chainHead({ ...a, fingerprint: fp }) };
}

beforeEach(async () => {
  await getDb().assessments.clear();
  await getDb().historyRows.clear();
});

describe("issue 13: nothing forged", () => {
  it("problem 1: a forged low/proceed verdict with a recomputed fingerprint and chain is refused on import", async () => {
    const genuine = await completedThroughStorage(railwayBeforeSigning);
    expect(genuine.summary?.level).toBe("critical");
    const low = evaluateRisk(getChecklist(VERSION), benignTranslation, { date: genuine.summary!.date });
    expect(low.level).toBe("low");
    const forged = await reseal({ ...genuine, summary: { ...low, checklistVersion: VERSION } });
    expect(await fingerprint(forged)).toBe(forged.fingerprint);
    const error = await refusal(JSON.stringify(await exported([forged])));
    expect(error.code).toBe("verdict_mismatch");
    expect(error.values).toMatchObject({ index: "1", id: genuine.id });
  });

  it("problem 1: a sign-off or audit entry added, edited or removed in the file breaks the chain", async () => {
    const genuine = await completedThroughStorage(railwayBeforeSigning);
    const file = await exported([genuine]);
    expect(await readExchangeText(JSON.stringify(file))).toHaveLength(1);
    const approved = { ...genuine.signOffs![0]!, decision: "approved" as const };
    const edits: ((a: Assessment) => void)[] = [
      (a) => a.signOffs!.push(approved),
      (a) => (a.signOffs![0] = approved),
      (a) => a.audit!.splice(1, 1),
      (a) => a.audit!.push({ at: a.completedAt!, action: "signed_off", by: "Nobody", detail: "approved" }),
      (a) => (a.reassessBy = "2099-01-01"),
    ];
    for (const edit of edits) {
      const copy = structuredClone(file);
      edit(copy.assessments[0]!);
      expect((await refusal(JSON.stringify(copy))).code).toBe("chain_mismatch");
    }
  });

  it("problem 5: __proto__ is written by the canonical JSON, changes the fingerprint, and is refused in a record", async () => {
    const parsed = JSON.parse('{"b":1,"__proto__":{"level":"low"},"a":[{"__proto__":2}]}') as unknown;
    expect(canonicalJson(parsed)).toBe('{"__proto__":{"level":"low"},"a":[{"__proto__":2}],"b":1}');
    const genuine = await completedThroughStorage(railwayBeforeSigning);
    const file = await exported([genuine]);
    const text = JSON.stringify(file).replace('"summary":{', '"summary":{"__proto__":{"level":"low"},');
    const withProto = JSON.parse(text) as ExportFile;
    expect(await fingerprint(withProto.assessments[0]!)).not.toBe(genuine.fingerprint);
    const error = await refusal(text);
    expect(error.code).toBe("invalid_record");
    expect(error.values.problem).toContain("__proto__");
    const inAnswers = JSON.stringify(file).replace('"answers":{', '"answers":{"__proto__":"x",');
    expect((await refusal(inAnswers)).code).toBe("invalid_record");
  });

  it("problem 6: a completed record edited in storage is caught by the integrity check", async () => {
    const genuine = await completedThroughStorage(railwayBeforeSigning);
    expect(await checkIntegrity(genuine)).toBeNull();
    const edited = {
      ...genuine,
      summary: { ...genuine.summary!, level: "low" as const, decision: "proceed" as const },
    };
    await getDb().assessments.put(edited);
    expect(await checkIntegrity((await getAssessment(genuine.id))!)).toBe("verdict_mismatch");
    // Nothing is appended to it either.
    await expect(
      signOffAssessment(
        genuine.id,
        { decision: "approved", name: "A", role: "B", comment: "" },
        await newSigner(),
      ),
    ).rejects.toThrow(/verdict_mismatch/);
  });

  it("random edits to an exported completed record are refused or give a record whose verdict matches its answers", async () => {
    const genuine = await completedThroughStorage(railwayBeforeSigning);
    const file = await exported([genuine]);
    const checklist = getChecklist(VERSION);
    const questions = checklist.sections.flatMap((s) => s.questions);
    const answerEdit = fc.record({
      kind: fc.constant("answer" as const),
      question: fc.constantFrom(...questions.map((q) => q.id)),
      value: fc.oneof(
        fc.constantFrom(...questions.flatMap((q) => ("options" in q ? [...q.options] : []))),
        fc.constantFrom("yes", "no", "unknown", "", 0, 5_000_000),
        fc.array(fc.constantFrom("none", "unknown", "personal_info", "radio"), { maxLength: 3 }),
        fc.string({ maxLength: 8 }),
      ),
    });
    const summaryEdit = fc.record({
      kind: fc.constant("summary" as const),
      member: fc.constantFrom("level", "decision", "rule", "completeness", "flags", "date", "reporting"),
      value: fc.oneof(
        fc.constantFrom("low", "proceed", "base_severity", 100, [], "2026-01-01", {}),
        fc.string({ maxLength: 8 }),
      ),
    });
    const edit = fc.record({
      change: fc.oneof(answerEdit, summaryEdit),
      // An attacker recomputes the seals; an honest editor also re-derives the summary.
      reseal: fc.boolean(),
      rederive: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(edit, async ({ change, reseal: sealAgain, rederive }) => {
        let a = structuredClone(file.assessments[0]!) as Assessment & Record<string, unknown>;
        if (change.kind === "answer") (a.answers as Record<string, unknown>)[change.question] = change.value;
        else (a.summary as unknown as Record<string, unknown>)[change.member] = change.value;
        if (rederive && change.kind === "answer") {
          try {
            a.summary = evaluateRisk(checklist, a.answers, { date: a.summary!.date });
          } catch {
            // An answer the engine cannot read: left as it is; the import must refuse it.
          }
        }
        if (sealAgain) a = (await reseal(a)) as typeof a;
        let read: Assessment[];
        try {
          read = await readExchangeText(JSON.stringify({ ...file, assessments: [a] }));
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
          return;
        }
        const [r] = read;
        const again = evaluateRisk(getChecklist(r!.checklistVersion), r!.answers, { date: r!.summary!.date });
        expect(canonicalJson(again)).toBe(canonicalJson(r!.summary));
        expect(await fingerprint(r!)).toBe(r!.fingerprint);
      }),
      { numRuns: 200 },
    );
  });
});

describe("issue 13: nothing lost between tabs", () => {
  it("problem 2: a draft save after another tab completed the draft is refused; the completed record stays", async () => {
    const draft = await createDraft(VERSION, "basics");
    await writeDraft({ id: draft.id, base: {}, changed: benignTranslation, step: "review" });
    const summary = evaluateRisk(getChecklist(VERSION), benignTranslation, { date: localDate() });
    const done = await completeAssessment(draft.id, benignTranslation, summary);
    // Tab B, still typing, saves its next keystroke.
    await expect(
      writeDraft({ id: draft.id, base: benignTranslation, changed: { project_name: "B" }, step: "basics" }),
    ).rejects.toBeInstanceOf(AssessmentFrozenError);
    expect(await getAssessment(draft.id)).toEqual(done);
  });

  it("problem 2: completing refuses answers another tab changed since they were shown", async () => {
    const draft = await createDraft(VERSION, "basics");
    await writeDraft({ id: draft.id, base: {}, changed: benignTranslation, step: "review" });
    await writeDraft({
      id: draft.id,
      base: benignTranslation,
      changed: { monthly_volume_gb: 900 },
      step: "data",
    });
    const shown = evaluateRisk(getChecklist(VERSION), benignTranslation, { date: localDate() });
    await expect(completeAssessment(draft.id, benignTranslation, shown)).rejects.toBeInstanceOf(
      AssessmentChangedError,
    );
    expect((await getAssessment(draft.id))?.status).toBe("draft");
  });

  it("an edit journalled by a tab that died before applying it is applied when the draft opens, never to a completed one", async () => {
    const draft = await createDraft(VERSION, "basics");
    const pending = (n: number, changed: Answers) => ({
      key: `${draft.id}:2026-12-01T00:00:0${n}.000Z:tab:${n}`,
      id: draft.id,
      base: {},
      changed,
      step: "identity",
    });
    await getDb().pendingEdits.bulkPut([
      pending(1, { project_name: "Ra" }),
      pending(2, { project_name: "Rail" }),
    ]);
    expect((await getAssessment(draft.id))?.answers).toEqual({ project_name: "Rail" });
    expect(await getDb().pendingEdits.count()).toBe(0);
    const answers = { ...benignTranslation, project_name: "Rail" };
    await writeDraft({ id: draft.id, base: {}, changed: answers, step: "review" });
    const done = await completeAssessment(
      draft.id,
      answers,
      evaluateRisk(getChecklist(VERSION), answers, { date: localDate() }),
    );
    await getDb().pendingEdits.put(pending(3, { project_name: "Late" }));
    expect(await getAssessment(draft.id)).toEqual(done);
    expect(await getDb().pendingEdits.count()).toBe(0);
  });

  describe("the journal in localStorage", () => {
    let uninstall: () => void;
    beforeEach(() => {
      uninstall = installMemoryStorage();
    });
    afterEach(() => uninstall());
    const journalOf = (id: string) =>
      Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)!)
        .filter((k) => k.includes(id))
        .flatMap((k) => JSON.parse(localStorage.getItem(k)!) as { changed: Answers }[]);

    it("an edit is journalled before its write and forgotten once the write has landed", async () => {
      const draft = await createDraft(VERSION, "basics");
      const write = writeDraft({ id: draft.id, base: {}, changed: { project_name: "Rail" }, step: "basics" });
      // Journalled synchronously, before the write's transaction has even started.
      expect(journalOf(draft.id)).toEqual([expect.objectContaining({ changed: { project_name: "Rail" } })]);
      await write;
      expect(journalOf(draft.id)).toEqual([]);
    });

    it("the form's keystroke: journalled at once, before the storage code is loaded; a tab closed before its write loses nothing", async () => {
      const draft = await createDraft(VERSION, "basics");
      // What use-autosave does on a change: the journal first (no Dexie), the write when
      // assessments.ts has loaded. Here the tab closes before the second half ever runs.
      journalEdit({ id: draft.id, base: {}, changed: { project_name: "R" }, step: "basics" });
      journalEdit({
        id: draft.id,
        base: { project_name: "R" },
        changed: { project_name: "Rail" },
        step: "identity",
      });
      expect(journalOf(draft.id)).toEqual([expect.objectContaining({ changed: { project_name: "Rail" } })]);
      const reopened = await getAssessment(draft.id);
      expect(reopened?.answers).toEqual({ project_name: "Rail" });
      expect(reopened?.step).toBe("identity");
      expect(journalOf(draft.id)).toEqual([]);
    });

    it("journalled edits are written in the order they were typed, each once", async () => {
      const draft = await createDraft(VERSION, "basics");
      const first = journalEdit({
        id: draft.id,
        base: {},
        changed: { project_name: "Rail" },
        step: "basics",
      });
      const second = journalEdit({
        id: draft.id,
        base: { project_name: "Rail" },
        changed: { client_name: "Acme" },
        step: "basics",
      });
      await Promise.all([applyJournalledEdit(first), applyJournalledEdit(second)]);
      expect(journalOf(draft.id)).toEqual([]);
      expect((await getAssessment(draft.id))?.answers).toEqual({ project_name: "Rail", client_name: "Acme" });
    });

    it("while writes fail, the journal keeps one entry per answer typed, with what was seen before the first change", async () => {
      const draft = await createDraft(VERSION, "basics");
      const edits = ["R", "Ra", "Rai", "Rail"].map((name, i, all) => ({
        id: draft.id,
        base: { project_name: i === 0 ? undefined : all[i - 1], client_name: "Acme" },
        changed: { project_name: name },
        step: "basics",
      }));
      const refused = Object.assign(new Error("quota"), { name: "QuotaExceededError" });
      const put = getDb().assessments.put;
      getDb().assessments.put = () => Promise.reject(refused) as never;
      try {
        for (const edit of edits) await expect(writeDraft(edit)).rejects.toThrow("quota");
        await expect(
          writeDraft({ id: draft.id, base: {}, changed: { client_name: "Acme Ltd" }, step: "basics" }),
        ).rejects.toThrow("quota");
      } finally {
        getDb().assessments.put = put;
      }
      expect(journalOf(draft.id)).toEqual([
        expect.objectContaining({ changed: { project_name: "Rail" }, base: { project_name: undefined } }),
        expect.objectContaining({ changed: { client_name: "Acme Ltd" } }),
      ]);
      expect((await getAssessment(draft.id))?.answers).toEqual({
        project_name: "Rail",
        client_name: "Acme Ltd",
      });
    });

    it("what a closed tab journalled is applied when the draft opens, in order", async () => {
      const draft = await createDraft(VERSION, "basics");
      const edit = (n: number, changed: Answers) => ({
        key: `${draft.id}:2026-12-01T00:00:0${n}.000Z:closed-tab:${String(n).padStart(9, "0")}`,
        id: draft.id,
        base: {},
        changed,
        step: "identity",
      });
      localStorage.setItem(
        `commission-check:journal:${draft.id}:closed-tab`,
        JSON.stringify([edit(1, { project_name: "Rail" }), edit(2, { project_name: "Rail survey" })]),
      );
      expect((await getAssessment(draft.id))?.answers).toEqual({ project_name: "Rail survey" });
      expect(localStorage.length).toBe(0);
    });

    it("a journalled edit already written to its draft is not applied again over another tab's later answer", async () => {
      const draft = await createDraft(VERSION, "basics");
      await writeDraft({ id: draft.id, base: {}, changed: { project_name: "Mine" }, step: "basics" });
      // The tab closes with its write landed but its journal still there (as if removeItem never ran).
      const key = `${draft.id}:2026-12-01T00:00:00.000Z:${THIS_TAB}:000000000`;
      const stale = [{ key, id: draft.id, base: {}, changed: { project_name: "Mine" }, step: "basics" }];
      localStorage.setItem(`commission-check:journal:${draft.id}:${THIS_TAB}`, JSON.stringify(stale));
      await getDb().appliedEdits.put({ key: `${draft.id}:${THIS_TAB}`, id: draft.id, sequence: 0 });
      // Another tab then writes the same answer, and the draft is opened again.
      await getDb().assessments.update(draft.id, { answers: { project_name: "Theirs" } });
      expect((await getAssessment(draft.id))?.answers).toEqual({ project_name: "Theirs" });
      expect(localStorage.length).toBe(0);
    });
  });

  it("problem 3: two tabs merge per answer; on the same answer the later wins and the replaced value is reported", async () => {
    const draft = await createDraft(VERSION, "basics");
    const seen = { project_name: "Rail", client_name: "Acme" };
    await writeDraft({ id: draft.id, base: {}, changed: seen, step: "basics" });
    // Tab A and tab B both saw `seen`. A changes the project, B the client: both are kept.
    await writeDraft({ id: draft.id, base: seen, changed: { project_name: "Rail survey" }, step: "basics" });
    const b = await writeDraft({
      id: draft.id,
      base: seen,
      changed: { client_name: "Acme Ltd" },
      step: "basics",
    });
    expect(b.overwritten).toEqual([]);
    expect((await getAssessment(draft.id))?.answers).toEqual({
      project_name: "Rail survey",
      client_name: "Acme Ltd",
    });
    // Both change the end client; B writes later: B's value stays, A's is reported as replaced.
    const before = (await getAssessment(draft.id))!.answers;
    await writeDraft({
      id: draft.id,
      base: before,
      changed: { end_client_declared: "A's answer" },
      step: "basics",
    });
    const later = await writeDraft({
      id: draft.id,
      base: before,
      changed: { end_client_declared: "B's answer" },
      step: "basics",
    });
    expect(later.overwritten).toEqual([
      { question: "end_client_declared", replaced: "A's answer", by: "B's answer" },
    ]);
    expect((await getAssessment(draft.id))?.answers.end_client_declared).toBe("B's answer");
  });
});

describe("issue 13: nothing crashes on a bad record", () => {
  it("problem 4: a malformed frozen summary is refused by the record schema, naming the record and the member", async () => {
    const genuine = await completedThroughStorage(railwayBeforeSigning);
    const bad = [
      { ...genuine.summary!, flags: "none" },
      { ...genuine.summary!, rule: "made_up_rule" },
      { ...genuine.summary!, reason: undefined },
      { level: "low" },
    ];
    for (const summary of bad) {
      await getDb().assessments.put({ ...genuine, summary } as never);
      const error = await getAssessment(genuine.id).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DamagedRecordError);
      expect(error).toMatchObject({ id: genuine.id });
      // What is wrong, in zod's words in each language: the member and the value's kind, never
      // only "Invalid input" (the app's zod sets no locale; the message that shows it loads one).
      const { issues } = error as DamagedRecordError;
      expect(describeIssues(issues, "en")[0]).toMatch(
        /^summary\.?\S*: Invalid (input: expected \w+, received \w+|option: expected one of)/,
      );
      expect(describeIssues(issues, "zh")[0]).toMatch(
        /^summary\.?\S*: 无效(输入：期望 \S+，实际接收 \S+|选项：期望以下之一)/,
      );
    }
  });

  it("problem 7: a 50 MB step or review question and an oversized answer are refused before anything is stored", async () => {
    const draft = await createDraft(VERSION, "basics");
    const huge = "x".repeat(50 * 1024 * 1024);
    for (const change of [{ step: huge }, { reviewQuestions: [huge] }])
      expect(() => restoreAssessment({ ...draft, ...change })).toThrow(DamagedRecordError);
    // Through an import file too (1 MB: parsing 50 MB only makes the test slow).
    const large = "x".repeat(1024 * 1024);
    for (const field of ["step", "reviewQuestions"]) {
      const text = (await serialiseExport([draft])).replace('"step":"basics"', () =>
        field === "step" ? `"step":"${large}"` : `"step":"basics","reviewQuestions":["${large}"]`,
      );
      const error = await refusal(text);
      expect(error.code).toBe("invalid_record");
      expect(error.values.problem).toMatch(/^(step|reviewQuestions\.0):/);
    }
    await expect(
      writeDraft({ id: draft.id, base: {}, changed: {}, step: "x".repeat(1000) }),
    ).rejects.toBeInstanceOf(DamagedRecordError);
    await expect(
      writeDraft({ id: draft.id, base: {}, changed: { project_description: large }, step: "basics" }),
    ).rejects.toBeInstanceOf(DamagedRecordError);
    expect(await getAssessment(draft.id)).toEqual(draft);
  });

  it("problem 7: the home page's list reads the 10 newest drafts and a count, not every draft", async () => {
    const made: string[] = [];
    for (let i = 0; i < 25; i++) {
      const d = await createDraft(VERSION, "basics");
      await writeDraft({ id: d.id, base: {}, changed: { project_name: `P${i}` }, step: "basics" });
      made.push(d.id);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const { rows, total } = await listRecentDrafts(10);
    expect(total).toBe(25);
    expect(rows.map((r) => r.id)).toEqual(made.slice(-10).reverse());
  });

  it("problem 8: each malformed file names what is wrong, in both languages", async () => {
    const genuine = await completedThroughStorage(railwayBeforeSigning);
    const file = await exported([genuine]);
    // A 20,000-deep summary: the record is invalid (not "storage").
    const deep = `${'{"next":'.repeat(20_000)}{}${"}".repeat(20_000)}`;
    const deepText = JSON.stringify(file).replace('"summary":{', `"summary":{"next":${deep},`);
    const deepError = await refusal(deepText);
    expect(deepError.code).toBe("invalid_record");
    expect(deepError.values).toMatchObject({ index: "1", id: genuine.id });
    // formatVersion "1", a string.
    expect(await refusal(JSON.stringify({ ...file, formatVersion: "1" }))).toMatchObject({
      code: "format_version_type",
      detail: '"1"',
    });
    // Duplicate ids name both records and the id.
    const twice = await refusal(JSON.stringify({ ...file, assessments: [genuine, genuine] }));
    expect(twice).toMatchObject({ code: "duplicate_id", values: { index: "2", other: "1", id: genuine.id } });
    // A bad base64 salt and an iteration count out of bounds name the field.
    const sealed = JSON.parse(await serialiseExport([genuine], { passphrase: "correct horse" })) as {
      kdf: { salt: string; iterations: number };
    };
    const badSalt = { ...sealed, kdf: { ...sealed.kdf, salt: "abc" } };
    expect(await refusal(JSON.stringify(badSalt))).toMatchObject({ code: "encryption_header" });
    expect((await refusal(JSON.stringify(badSalt))).detail).toContain("kdf.salt");
    const badIterations = { ...sealed, kdf: { ...sealed.kdf, iterations: PBKDF2_ITERATIONS - 1 } };
    expect((await refusal(JSON.stringify(badIterations))).detail).toContain("kdf.iterations");
    // Every code has a message in both languages, and none of them ends up with an empty slot.
    for (const messages of [en, zh]) {
      const keys = new Set(keyPaths(messages));
      for (const code of IMPORT_ERRORS)
        expect(keys.has(`integrity.importErrors.${code}`) || keys.has(`exchange.errors.${code}`), code).toBe(
          true,
        );
    }
  });
});
