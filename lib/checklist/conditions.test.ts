import { describe, expect, it } from "vitest";

import { effectiveAnswers, isQuestionVisible, questionsById } from "./conditions";
import { getChecklist } from "./registry";

const checklist = getChecklist("2026.3");
const question = (id: string) => questionsById(checklist).get(id)!;

describe("visibility cascades", () => {
  it("hides a follow-up whose parent is hidden, though the parent's stored answer satisfies it", () => {
    // collects_in_china = yes would show equipment_source, but translation work hides collects_in_china.
    const answers = {
      work_kinds: ["translation_writing"],
      collects_in_china: "yes",
      equipment_source: "client_specified",
    };
    const effective = effectiveAnswers(checklist, answers);
    expect(isQuestionVisible(question("collects_in_china"), effective)).toBe(false);
    expect(isQuestionVisible(question("equipment_source"), effective)).toBe(false);
    expect(effective.equipment_source).toBeUndefined();
  });

  it("shows the collection questions for field work, and all of them when the kind of work is not known", () => {
    for (const work_kinds of [["field_collection_equipment"], ["unknown"]]) {
      const effective = effectiveAnswers(checklist, { work_kinds, collects_in_china: "yes" });
      expect(isQuestionVisible(question("equipment_source"), effective), String(work_kinds)).toBe(true);
      expect(isQuestionVisible(question("monthly_volume_gb"), effective), String(work_kinds)).toBe(true);
    }
  });
});
