// How a re-assessment brings answers to the current checklist version: the steps between
// consecutive versions, each registered with the version it leads to (registry.ts `buildsOn`;
// one file per step in this folder), applied in order. Pure.
import { CHECKLIST_VERSIONS, CURRENT_CHECKLIST_VERSION, getChecklist, getRelease } from "../registry";
import { answerProblem } from "../schema";
import type { Answers } from "../types";

import type { AnswersMigration } from "./migration";

/** From each version, the next one and how its answers get there. */
const STEPS = new Map<string, { to: string; migrate: AnswersMigration }>(
  CHECKLIST_VERSIONS.flatMap((to) => {
    const from = getRelease(to).buildsOn;
    return from ? [[from.version, { to, migrate: from.migrate }] as const] : [];
  }),
);

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
    const step = STEPS.get(version);
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
