// Whether a draft has enough answers for a verdict to mean anything: the required engagement
// basics and every visible key question answered ("don't know" and "does not apply" are answers).
// Until then the live panel says what is still needed instead of showing a level: an untouched
// draft is not "medium, escalate", it is not yet assessed.
import { effectiveAnswers, isAnswered, isQuestionVisible } from "@/lib/checklist/conditions";
import type { Answers, Checklist, SectionId } from "@/lib/checklist/types";

export interface Readiness {
  ready: boolean;
  /** The questions still needed, in checklist order. */
  missing: { question: string; section: SectionId }[];
}

export function assessmentReadiness(checklist: Checklist, answers: Answers): Readiness {
  const effective = effectiveAnswers(checklist, answers);
  const missing = checklist.sections.flatMap((section) =>
    section.questions
      .filter((q) => (q.required || q.key) && isQuestionVisible(q, effective) && !isAnswered(effective[q.id]))
      .map((q) => ({ question: q.id, section: section.id })),
  );
  return { ready: missing.length === 0, missing };
}
