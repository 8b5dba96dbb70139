import "fake-indexeddb/auto";

import { beforeEach, describe, expect, it } from "vitest";

import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import { CURRENT_CHECKLIST_VERSION } from "@/lib/checklist/registry";
import { evaluateRisk } from "@/lib/risk/evaluate-risk";
import { getChecklist } from "@/lib/checklist/registry";
import { getAssessment, listAssessments } from "@/lib/storage/assessments";
import { getDb } from "@/lib/storage/db";

import { copyExample } from "./copy-example";
import { exampleAssessment } from "./example-assessment";
import { EXAMPLE_IDS, EXAMPLES, exampleKeys, getExample, isExampleId } from "./examples";

const lookup = (messages: object, path: string): unknown =>
  path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages);

beforeEach(async () => {
  await getDb().assessments.clear();
  await getDb().historyRows.clear();
});

describe.each(EXAMPLES.map((e) => [e.id, e] as const))("the example %s", (id, example) => {
  it("is judged by the engine as its card claims", () => {
    const summary = evaluateRisk(getChecklist(example.checklistVersion), example.answers, {
      date: "2026-11-28",
    });
    expect({ level: summary.level, decision: summary.decision }).toEqual(example.claims);
  });

  it("renders as a read-only assessment with that verdict, and touches no storage", async () => {
    const { assessment, summary } = exampleAssessment(example, "2026-11-28");
    expect(assessment.status).toBe("completed");
    expect(assessment.fingerprint).toBeUndefined();
    expect(assessment.answers).toEqual(example.answers);
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

  it("copies into my assessments as a draft on the current checklist with the same verdict", async () => {
    const copy = await copyExample(example);
    const stored = await getAssessment(copy.id);
    expect(stored).toMatchObject({ status: "draft", checklistVersion: CURRENT_CHECKLIST_VERSION });
    expect(stored?.fingerprint).toBeUndefined();
    expect(stored?.answers.project_name).toBe(example.answers.project_name);
    const summary = evaluateRisk(getChecklist(CURRENT_CHECKLIST_VERSION), stored!.answers, {
      date: "2026-11-28",
    });
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
