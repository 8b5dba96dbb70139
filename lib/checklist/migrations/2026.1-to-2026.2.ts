// 2026.1 → 2026.2: every 2026.1 question is kept with the same id, options and meaning, so every
// answer carries over unchanged. Two questions are new (the project's expected margin and the
// usual margin, section F); a re-assessment marks them for the assessor to answer. The project
// description may be longer, which no 2026.1 answer can break.
import type { Answers } from "../types";

import type { AnswersMigration } from "./migration";

export const migrateAnswers2026_1to2026_2: AnswersMigration = (answers: Answers) => ({
  answers: { ...answers },
  newOrChanged: ["expected_margin", "usual_margin"],
});
