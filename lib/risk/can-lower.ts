// Which sections still to answer could lower the live verdict (issue 26, behaviour 6): while the
// form is filled in order, an early answer can read critical until the section that settles it
// (the approvals, the controls) is reached. For each section with open questions, those questions
// get their most favourable answers (a safer answer the checklist names, a benign option, every
// declared control) and the draft is evaluated again; the sections that would lower the level are
// named beside it. Pure; a few evaluations per answer.
import { effectiveAnswers, isAnswered, isQuestionVisible } from "@/lib/checklist/conditions";
import {
  type AnswerValue,
  type Answers,
  type Checklist,
  compareLevel,
  type Question,
  type SectionId,
} from "@/lib/checklist/types";

import { evaluateRisk, type RiskSummary } from "./evaluate-risk";

function favourable(checklist: Checklist, q: Question): AnswerValue | undefined {
  const safer = [...(checklist.companyControlled ?? []), ...(checklist.counterpartyAnswers ?? [])].find(
    (c) => c.question === q.id,
  );
  if (safer) return "to" in safer ? safer.to : ["none"];
  if (q.kind === "multiChoice") return q.controls ? q.options.filter((o) => o !== "none") : ["none"];
  return q.benign?.[0];
}

export function sectionsThatCanLower(
  checklist: Checklist,
  answers: Answers,
  summary: RiskSummary,
): SectionId[] {
  if (summary.level === "low") return [];
  const effective = effectiveAnswers(checklist, answers);
  return checklist.sections.flatMap((section) => {
    const open = section.questions.filter(
      (q) => isQuestionVisible(q, effective) && !isAnswered(effective[q.id]),
    );
    if (open.length === 0) return [];
    const filled: Answers = { ...answers };
    for (const q of open) {
      const value = favourable(checklist, q);
      if (value !== undefined) filled[q.id] = value;
    }
    const lowered = evaluateRisk(checklist, filled, { date: summary.date });
    return compareLevel(lowered.level, summary.level) < 0 ? [section.id] : [];
  });
}
