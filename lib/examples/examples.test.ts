import "fake-indexeddb/auto";

import { beforeEach, describe, expect, it } from "vitest";

import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import { answerProblem, visibleQuestions } from "@/lib/checklist/schema";
import { CURRENT_CHECKLIST_VERSION, getChecklist } from "@/lib/checklist/registry";
import { LOCALES } from "@/lib/base/locale";
import { evaluateRisk } from "@/lib/risk/evaluate-risk";
import { assessmentReadiness } from "@/lib/risk/readiness";
import { getAssessment, listAssessments } from "@/lib/storage/assessments";
import { getDb } from "@/lib/storage/db";

import { copyExample } from "./copy-example";
import { currentAnswers, exampleAssessment } from "./example-assessment";
import { EXAMPLE_IDS, EXAMPLES, exampleKeys, getExample, isExampleId } from "./examples";

const lookup = (messages: object, path: string): unknown =>
  path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages);

const checklist = getChecklist(CURRENT_CHECKLIST_VERSION);
const firstStep = checklist.sections[0]!.id;
const HAN = /\p{Script=Han}/u;

beforeEach(async () => {
  await getDb().assessments.clear();
  await getDb().historyRows.clear();
});

describe.each(EXAMPLES.map((e) => [e.id, e] as const))("the example %s", (id, example) => {
  it.each(LOCALES)(
    "is judged on the current checklist, on its case's date, as its card claims (%s)",
    (locale) => {
      const { answers } = currentAnswers(example, locale);
      const summary = evaluateRisk(checklist, answers, { date: example.date });
      expect({ level: summary.level, decision: summary.decision }).toEqual(example.claims);
    },
  );

  it("answers every question the current checklist asks it, validly; only a question added since is open", () => {
    const { answers, reviewQuestions } = currentAnswers(example, "en");
    for (const q of visibleQuestions(checklist, answers)) {
      if (answers[q.id] === undefined && reviewQuestions.includes(q.id)) continue;
      expect(answers[q.id], q.id).toBeDefined();
      expect(answerProblem(q, answers[q.id]), q.id).toBeNull();
    }
    const missing = assessmentReadiness(checklist, answers).missing.map((m) => m.question);
    expect(missing.filter((q) => !reviewQuestions.includes(q))).toEqual([]);
  });

  it("tells its case in Chinese on Chinese pages, and names an assessor apart from the role", () => {
    const words = example.words;
    for (const key of ["your_company", "end_client_declared", "project_name", "project_description"] as const)
      expect(words.zh[key], key).toMatch(HAN);
    expect(words.zh.assessor_name).toMatch(HAN);
    expect(words.zh.assessor_role).toMatch(HAN);
    for (const locale of LOCALES) expect(words[locale].assessor_name).not.toBe(words[locale].assessor_role);
  });

  it("renders read-only on the current checklist, dated as the case is, and touches no storage", async () => {
    const { assessment, summary } = exampleAssessment(example, "zh");
    expect(assessment).toMatchObject({ status: "completed", checklistVersion: CURRENT_CHECKLIST_VERSION });
    expect(assessment.fingerprint).toBeUndefined();
    expect(assessment.createdAt.slice(0, 10)).toBe(example.date);
    expect(summary.date).toBe(example.date);
    expect(assessment.answers.project_name).toBe(example.words.zh.project_name);
    expect([summary.level, summary.decision]).toEqual([example.claims.level, example.claims.decision]);
    expect(await listAssessments()).toEqual([]);
  });

  it("has a title and a description in both languages", () => {
    for (const messages of [en, zh]) {
      for (const key of Object.values(exampleKeys(id))) {
        expect(lookup(messages, `examples.${key}`), key).toEqual(expect.any(String));
      }
    }
  });

  it("copies into my assessments as a draft on the current checklist, on its first step, in the page's language", async () => {
    const copy = await copyExample(example, "zh");
    const stored = await getAssessment(copy.id);
    expect(stored).toMatchObject({
      status: "draft",
      checklistVersion: CURRENT_CHECKLIST_VERSION,
      step: firstStep,
    });
    expect(stored?.fingerprint).toBeUndefined();
    expect(stored?.answers.project_name).toBe(example.words.zh.project_name);
    const summary = evaluateRisk(checklist, stored!.answers, { date: example.date });
    expect({ level: summary.level, decision: summary.decision }).toEqual(example.claims);
    expect((await listAssessments()).map((a) => a.id)).toEqual([copy.id]);
  });
});

describe("the example registry", () => {
  it("shows the range: one example per decision from proceed to decline, except escalate", () => {
    expect(EXAMPLES.map((e) => e.claims.decision).sort()).toEqual(
      ["decline", "proceed", "proceed_with_conditions"].sort(),
    );
  });

  it("finds examples by their id only", () => {
    expect(EXAMPLE_IDS).toEqual(EXAMPLES.map((e) => e.id));
    expect(getExample("railway")?.claims.level).toBe("critical");
    expect(getExample("nope")).toBeUndefined();
    expect(getExample(null)).toBeUndefined();
    expect(isExampleId("railway")).toBe(true);
    expect(isExampleId("__proto__")).toBe(false);
  });
});
