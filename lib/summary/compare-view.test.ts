import { describe, expect, it } from "vitest";

import type { Assessment } from "@/lib/assessment/assessment";
import { getChecklist } from "@/lib/checklist/registry";
import type { Answers } from "@/lib/checklist/types";
import { createChecklistText } from "@/lib/i18n/checklist-text-sync";
import type { Locale } from "@/lib/base/locale";
import { evaluateRisk } from "@/lib/risk/evaluate-risk";
import { benignTranslation2026_3 } from "@/test/fixtures/risk/benign-translation";
import { railwayBeforeSigning2026_3 } from "@/test/fixtures/risk/railway";

import en from "@/messages/en.json";

import { buildCompareView, type CompareInput } from "./compare-view";

const VERSION = "2026.3";
const checklist = getChecklist(VERSION);
const TODAY = "2026-11-28";
const NOT_ANSWERED = en.summary.notAnswered;

function side(locale: Locale, answers: Answers, createdAt: string, completed: boolean): CompareInput {
  const base: Assessment = {
    id: `id-${createdAt}`,
    schemaVersion: 1,
    checklistVersion: VERSION,
    status: "draft",
    answers,
    step: "review",
    createdAt,
    updatedAt: createdAt,
  };
  const assessment: Assessment = completed
    ? {
        ...base,
        status: "completed",
        completedAt: createdAt,
        summary: evaluateRisk(checklist, answers, { date: createdAt.slice(0, 10) }),
      }
    : base;
  return { assessment, checklist, text: createChecklistText(VERSION, locale) };
}

const railway = (locale: Locale) =>
  side(locale, railwayBeforeSigning2026_3, "2026-11-01T09:00:00.000Z", true);
const benign = (locale: Locale) => side(locale, benignTranslation2026_3, "2026-11-20T09:00:00.000Z", false);

describe("the compare view model", () => {
  it("puts the earlier assessment first, whichever order it is given in", () => {
    const view = buildCompareView(benign("en"), railway("en"), TODAY, NOT_ANSWERED);
    expect(view.sides.map((s) => s.id)).toEqual([
      "id-2026-11-01T09:00:00.000Z",
      "id-2026-11-20T09:00:00.000Z",
    ]);
    expect(view.sides[0]).toMatchObject({ level: "critical", decision: "decline", draft: false });
    expect(view.sides[1]).toMatchObject({ level: "low", decision: "proceed", draft: true });
    expect(view.sides[0].title).toBe(railwayBeforeSigning2026_3.project_name);
  });

  it("names levels, decisions, flags and questions in the page's language", () => {
    for (const locale of ["en", "zh"] as const) {
      const text = createChecklistText(VERSION, locale);
      const view = buildCompareView(railway(locale), benign(locale), TODAY, NOT_ANSWERED);
      expect(view.sides[0].levelLabel).toBe(text.level("critical"));
      expect(view.sides[1].decisionLabel).toBe(text.decision("proceed"));
      const raised = evaluateRisk(checklist, railwayBeforeSigning2026_3, { date: TODAY }).flags;
      expect(view.flags.map((f) => [f.change, f.id, f.title])).toEqual(
        raised.map((f) => ["removed", f.slug, text.flag(f.slug).title]),
      );
      const project = view.answers.find((a) => a.id === "project_name")!;
      expect(project).toEqual({
        id: "project_name",
        question: text.questionLabel(checklist.sections[0]!.questions.find((q) => q.id === "project_name")!),
        earlier: railwayBeforeSigning2026_3.project_name,
        later: benignTranslation2026_3.project_name,
      });
    }
  });

  it("says when the two name different engagements, and lists no change between equal ones", () => {
    expect(buildCompareView(railway("en"), benign("en"), TODAY, NOT_ANSWERED).sameEngagement).toBe(false);
    const again = side("en", railwayBeforeSigning2026_3, "2026-11-05T09:00:00.000Z", true);
    const view = buildCompareView(railway("en"), again, TODAY, NOT_ANSWERED);
    expect(view).toMatchObject({ sameEngagement: true, flags: [], answers: [] });
  });

  it("says an answer not given as the summary does", () => {
    const withoutRole = Object.fromEntries(
      Object.entries(benignTranslation2026_3).filter(([id]) => id !== "assessor_role"),
    ) as Answers;
    const later = side("en", withoutRole, "2026-11-21T09:00:00.000Z", false);
    const view = buildCompareView(benign("en"), later, TODAY, NOT_ANSWERED);
    expect(view.answers).toEqual([
      expect.objectContaining({
        id: "assessor_role",
        earlier: benignTranslation2026_3.assessor_role,
        later: "not answered",
      }),
    ]);
  });
});
