// What the compare page shows of two assessments, derived once: which is earlier, each side's
// level and decision (a completed one's frozen summary, a draft's evaluation today), the flags
// added, removed or changed in severity, and the answers that differ, each with its question's
// label and the answer texts in the page's language. The page only draws it. Pure.
import type { Assessment } from "@/lib/assessment/assessment";
import { engagementOf } from "@/lib/assessment/engagement";
import { questionsById } from "@/lib/checklist/conditions";
import type { Checklist, Decision, Level, Severity } from "@/lib/checklist/types";
import type { ChecklistText } from "@/lib/i18n/checklist-text";
import { changedAnswerIds, diffSummaries } from "@/lib/risk/compare";

import { summaryOf } from "./summary-of";

/** One assessment to compare, with the checklist it was answered against and its texts. */
export interface CompareInput {
  assessment: Assessment;
  checklist: Checklist;
  text: ChecklistText;
}

export interface CompareSideView {
  id: string;
  /** The project's name, or the id when it has none. */
  title: string;
  checklistVersion: string;
  draft: boolean;
  level: Level;
  levelLabel: string;
  decision: Decision;
  decisionLabel: string;
}

type SeverityView = { severity: Severity; label: string };

export type FlagChangeView =
  | { change: "added" | "removed"; id: string; title: string }
  | { change: "changed"; id: string; title: string; from: SeverityView; to: SeverityView };

export interface CompareView {
  /** Earlier first (by creation), then later. */
  sides: readonly [CompareSideView, CompareSideView];
  /** Both name the same project and client. */
  sameEngagement: boolean;
  flags: FlagChangeView[];
  answers: { id: string; question: string; earlier: string; later: string }[];
}

/** `notAnswered`: the summary's words for an answer not given (summary.notAnswered), as the summary says it. */
export function buildCompareView(
  a: CompareInput,
  b: CompareInput,
  today: string,
  notAnswered: string,
): CompareView {
  const [earlier, later] = a.assessment.createdAt <= b.assessment.createdAt ? [a, b] : [b, a];
  const summaries = [earlier, later].map((s) => summaryOf(s.assessment, s.checklist, today)) as [
    ReturnType<typeof summaryOf>,
    ReturnType<typeof summaryOf>,
  ];
  const side = ({ assessment, text }: CompareInput, i: 0 | 1): CompareSideView => ({
    id: assessment.id,
    title: engagementOf(assessment.answers).project ?? assessment.id,
    checklistVersion: assessment.checklistVersion,
    draft: assessment.status === "draft",
    level: summaries[i].level,
    levelLabel: text.level(summaries[i].level),
    decision: summaries[i].decision,
    decisionLabel: text.decision(summaries[i].decision),
  });
  const [before, after] = [engagementOf(earlier.assessment.answers), engagementOf(later.assessment.answers)];
  // A flag is named in the words of the side that raises it (the later one when both do).
  const title = (id: string, from: CompareInput) => from.text.flag(id).title;
  const severity = (s: Severity): SeverityView => ({ severity: s, label: later.text.severity(s) });
  const diff = diffSummaries(summaries[0], summaries[1]);
  const flags: FlagChangeView[] = [
    ...diff.added.map((id) => ({ change: "added" as const, id, title: title(id, later) })),
    ...diff.removed.map((id) => ({ change: "removed" as const, id, title: title(id, earlier) })),
    ...diff.changed.map((c) => ({
      change: "changed" as const,
      id: c.slug,
      title: title(c.slug, later),
      from: severity(c.from),
      to: severity(c.to),
    })),
  ];
  const questions = [later, earlier].map((s) => questionsById(s.checklist));
  const answerText = ({ assessment, checklist, text }: CompareInput, id: string) => {
    const q = questionsById(checklist).get(id);
    return (q && text.answer(q, assessment.answers[id])) ?? notAnswered;
  };
  const order = later.checklist.sections.flatMap((s) => s.questions.map((q) => q.id));
  const answers = changedAnswerIds(earlier.assessment.answers, later.assessment.answers, order).map((id) => {
    const i = questions.findIndex((byId) => byId.has(id));
    const q = i === -1 ? undefined : questions[i]!.get(id)!;
    const text = i === 0 ? later.text : earlier.text;
    return {
      id,
      question: q ? text.questionLabel(q) : id,
      earlier: answerText(earlier, id),
      later: answerText(later, id),
    };
  });
  return {
    sides: [side(earlier, 0), side(later, 1)],
    sameEngagement: before.project === after.project && before.client === after.client,
    flags,
    answers,
  };
}
