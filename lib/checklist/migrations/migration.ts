import type { Answers } from "../types";

/** One step between consecutive checklist versions: pure, never mutates its input. */
export type AnswersMigration = (answers: Answers) => { answers: Answers; newOrChanged: string[] };
