// The one registry of answer migrations between checklist versions (one file per step), and the
// function a re-assessment uses to bring answers to the current version. Pure.
import { CURRENT_CHECKLIST_VERSION, getChecklist } from "../registry";
import { answerProblem } from "../schema";
import type { Answers } from "../types";

import { migrateAnswers2026_1to2026_2 } from "./2026.1-to-2026.2";
import { migrateAnswers2026_2to2026_3 } from "./2026.2-to-2026.3";
import type { AnswersMigration } from "./migration";

const STEPS: Record<string, { to: string; migrate: AnswersMigration }> = {
  "2026.1": { to: "2026.2", migrate: migrateAnswers2026_1to2026_2 },
  "2026.2": { to: "2026.3", migrate: migrateAnswers2026_2to2026_3 },
};

/**
 * Answers of version `from` on version `to` (default: the current one): every step applied in
 * order, then only answers that are valid for a question of the target kept. `reviewQuestions`
 * lists the new or changed questions plus any whose old answer no longer fits, in checklist order.
 */
export function migrateAnswersToCurrent(
  from: string,
  answers: Answers,
  to: string = CURRENT_CHECKLIST_VERSION,
): { answers: Answers; reviewQuestions: string[] } {
  let version = from;
  let current: Answers = { ...answers };
  const marked = new Set<string>();
  while (version !== to) {
    const step = STEPS[version];
    if (!step) throw new Error(`No migration from checklist ${version} towards ${to}`);
    const result = step.migrate(current);
    current = result.answers;
    result.newOrChanged.forEach((id) => marked.add(id));
    version = step.to;
  }
  const target = getChecklist(to);
  const kept: Answers = {};
  for (const q of target.sections.flatMap((s) => s.questions)) {
    const value = current[q.id];
    if (value === undefined) continue;
    if (answerProblem({ ...q, required: false }, value) === null) kept[q.id] = value;
    else marked.add(q.id);
  }
  const order = target.sections.flatMap((s) => s.questions.map((q) => q.id));
  return { answers: kept, reviewQuestions: order.filter((id) => marked.has(id)) };
}
