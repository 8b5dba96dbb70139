// 2026.2 → 2026.3: every 2026.2 question keeps its id, options and answer. New: the kind of work
// (basics), whether the client names the research subjects, and who carries out a restricted
// activity. Changed in meaning: "who chooses the locations" now asks only about physical collection
// points, routes and installation sites, so a re-assessment marks it for the assessor to confirm.
import type { Answers } from "../types";

import type { AnswersMigration } from "./migration";

export const migrateAnswers2026_2to2026_3: AnswersMigration = (answers: Answers) => ({
  answers: { ...answers },
  newOrChanged: ["work_kinds", "research_subjects_named", "barred_activity_performer", "locations_chosen_by"],
});
