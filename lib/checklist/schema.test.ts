import { describe, expect, it } from "vitest";

import { benignTranslation } from "@/test/fixtures/risk/benign-translation";
import { railwayBeforeSigning, railwayMidProject, railwaySecondCompany } from "@/test/fixtures/risk/railway";

import { effectiveAnswers } from "./conditions";
import { getChecklist } from "./registry";
import {
  answerProblem,
  answersSchema,
  isQuestionVisible,
  sectionAnswersSchema,
  visibleQuestions,
} from "./schema";
import type { Answers } from "./types";

const checklist = getChecklist("2026.1");
const fixtures = { railwayBeforeSigning, railwayMidProject, railwaySecondCompany, benignTranslation };

function issues(result: {
  success: boolean;
  error?: { issues: readonly { path: PropertyKey[]; message: string }[] };
}) {
  return (result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]);
}

describe("answer schemas derived from the checklist", () => {
  it.each(Object.entries(fixtures))("accept the %s fixture as a complete assessment", (_, answers) => {
    expect(issues(answersSchema(checklist, { complete: true }).safeParse(answers))).toEqual([]);
  });

  it.each(Object.entries(fixtures))("see every answered question of %s as visible", (_, answers: Answers) => {
    const visible = new Set(visibleQuestions(checklist, answers).map((q) => q.id));
    expect(Object.keys(answers).filter((id) => !visible.has(id))).toEqual([]);
    expect(effectiveAnswers(checklist, answers)).toEqual(answers);
  });

  it("require the required basics questions in a form step, with a message key", () => {
    const result = sectionAnswersSchema(checklist, "basics").safeParse({ client_country: "DE" });
    expect(issues(result)).toEqual(
      expect.arrayContaining([
        ["your_company", "validation.required"],
        ["project_name", "validation.required"],
        ["assessor_role", "validation.required"],
      ]),
    );
  });

  it("accept an incomplete draft for import unless completeness is asked for", () => {
    expect(answersSchema(checklist).safeParse({ data_categories: ["personal_info"] }).success).toBe(true);
    expect(
      answersSchema(checklist, { complete: true }).safeParse({ data_categories: ["personal_info"] }).success,
    ).toBe(false);
  });

  it.each([
    ["a number below the minimum", "data", { pi_people_count: -1 }, "pi_people_count", "validation.min"],
    [
      "a number above the maximum",
      "commercial",
      { price_vs_market: 100_001 },
      "price_vs_market",
      "validation.max",
    ],
    [
      "a fraction where whole people are counted",
      "data",
      { pi_people_count: 2.5 },
      "pi_people_count",
      "validation.integer",
    ],
    [
      "text where a number belongs",
      "data",
      { monthly_volume_gb: "lots" },
      "monthly_volume_gb",
      "validation.number",
    ],
    ["an impossible date", "basics", { start_date: "2026-02-30" }, "start_date", "validation.date"],
    [
      "a country name instead of a code",
      "basics",
      { client_country: "Germany" },
      "client_country",
      "validation.country",
    ],
    [
      "an option the question does not have",
      "identity",
      { first_contact: "carrier_pigeon" },
      "first_contact",
      "validation.option",
    ],
    [
      "'none' together with another choice",
      "data",
      { data_categories: ["none", "personal_info"] },
      "data_categories",
      "validation.exclusive",
    ],
    [
      "'don't know' together with another choice",
      "data",
      { data_categories: ["unknown", "personal_info"] },
      "data_categories",
      "validation.exclusive",
    ],
    [
      "a yes/no answer of 'maybe'",
      "intuition",
      { suspect_other_motive: "maybe" },
      "suspect_other_motive",
      "validation.option",
    ],
    [
      "'don't know' for a project name",
      "basics",
      { project_name: "unknown" },
      "project_name",
      "validation.option",
    ],
  ] as const)("reject %s with a message key", (_, section, values, path, key) => {
    const result = sectionAnswersSchema(checklist, section).safeParse(values);
    expect(issues(result)).toContainEqual([path, key]);
  });

  it("accept don't-know wherever it is offered", () => {
    const values = {
      pi_people_count: "unknown",
      data_categories: ["unknown"],
      important_data_match: "unknown",
    };
    expect(issues(sectionAnswersSchema(checklist, "data").safeParse(values))).toEqual([]);
  });

  it("carry the bound of a min/max issue as a parameter for the message", () => {
    const result = sectionAnswersSchema(checklist, "commercial").safeParse({ price_vs_market: 100_001 });
    const issue = result.error?.issues[0] as { params?: Record<string, number> } | undefined;
    expect(issue?.params).toEqual({ max: 100_000 });
  });

  it("reject answers to questions the checklist does not have when importing", () => {
    expect(issues(answersSchema(checklist).safeParse({ no_such_question: "yes" }))).toEqual([
      ["", "validation.unknown_question"],
    ]);
  });

  it("accept a 10,000-character project description from 2026.2 on, and keep 2026.1 at 4,000", () => {
    const description = (version: string) =>
      getChecklist(version).sections[0]!.questions.find((q) => q.id === "project_description")!;
    const text = (n: number) => "铁".repeat(n);
    expect(answerProblem(description("2026.1"), text(4000))).toBeNull();
    expect(answerProblem(description("2026.1"), text(4001))?.code).toBe("too_long");
    expect(answerProblem(description("2026.2"), text(10_000))).toBeNull();
    expect(answerProblem(description("2026.2"), text(10_001))?.code).toBe("too_long");
  });
});

describe("question visibility", () => {
  const piCount = checklist.sections.flatMap((s) => s.questions).find((q) => q.id === "pi_people_count");

  it("shows personal-information follow-ups only when personal information is among the data", () => {
    if (!piCount) throw new Error("pi_people_count missing");
    expect(isQuestionVisible(piCount, { data_categories: ["general_business"] })).toBe(false);
    expect(isQuestionVisible(piCount, { data_categories: ["personal_info"] })).toBe(true);
  });

  it("hides a follow-up whose parent is itself hidden", () => {
    const answers = {
      data_categories: ["general_business"],
      pi_sensitive: "yes",
      sensitive_pi_people_count: 50_000,
    };
    const ids = visibleQuestions(checklist, answers).map((q) => q.id);
    expect(ids).not.toContain("pi_sensitive");
    expect(ids).not.toContain("sensitive_pi_people_count");
  });
});
