"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";

import { TableScroll } from "@/components/ui/table-scroll";
import { localDate } from "@/lib/assessment/dates";
import { engagementOf } from "@/lib/assessment/engagement";
import { questionsById } from "@/lib/checklist/conditions";
import { changedAnswerIds, diffSummaries } from "@/lib/risk/compare";
import { summaryOf } from "@/lib/summary/summary-of";
import { Link } from "@/lib/i18n/navigation";
import { labelled, parenthesised } from "@/lib/i18n/routing";

import { LoadProblem } from "../checklist/load-problem";
import { type LoadedAssessment, useAssessment } from "../checklist/use-assessment";
import { LevelBadge, SeverityBadge } from "../summary/level-badge";

type Ready = Extract<LoadedAssessment, { status: "ready" }>;

const summaryOfSide = (state: Ready) => summaryOf(state.assessment, state.checklist, localDate());

/** Two assessments side by side: level and decision, flag changes, and the answers that changed. */
export default function CompareWorkspace({ a, b }: { a: string; b: string }) {
  const t = useTranslations("compare");
  const tr = useTranslations("risk");
  const locale = useLocale();
  const first = useAssessment(a);
  const second = useAssessment(b);
  const data = useMemo(() => {
    if (first.status !== "ready" || second.status !== "ready") return null;
    const [earlier, later] =
      first.assessment.createdAt <= second.assessment.createdAt ? [first, second] : [second, first];
    const sums = [summaryOfSide(earlier), summaryOfSide(later)] as const;
    const order = later.checklist.sections.flatMap((s) => s.questions.map((q) => q.id));
    return {
      earlier,
      later,
      sums,
      diff: diffSummaries(sums[0], sums[1]),
      answers: changedAnswerIds(earlier.assessment.answers, later.assessment.answers, order),
    };
  }, [first, second]);
  if (first.status !== "ready") return <LoadProblem state={first} title={t("title")} />;
  if (second.status !== "ready") return <LoadProblem state={second} title={t("title")} />;
  if (!data) return null;
  const { earlier, later, sums, diff } = data;
  const sides = [earlier, later] as const;
  const [before, after] = [engagementOf(earlier.assessment.answers), engagementOf(later.assessment.answers)];
  const same = before.project === after.project && before.client === after.client;
  const questionOf = (id: string) => {
    for (const side of [later, earlier]) {
      const q = questionsById(side.checklist).get(id);
      if (q) return { q, text: side.text };
    }
    return undefined;
  };
  const answerText = (side: Ready, id: string) => {
    const q = questionsById(side.checklist).get(id);
    return q ? (side.text.answer(q, side.assessment.answers[id]) ?? "—") : "—";
  };
  const flagTitle = (slug: string) => later.text.flag(slug).title;

  return (
    <article className="compare">
      <h1>{t("title")}</h1>
      {same ? null : <p className="notice">{t("differentEngagement")}</p>}
      <h2 id="compare-levels-title">{t("levelDecision")}</h2>
      <TableScroll labelledBy="compare-levels-title">
        <table className="compare-table" data-testid="compare-levels">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t("question")}</span>
              </th>
              {sides.map((side, i) => (
                <th key={side.assessment.id} scope="col">
                  {labelled(t(i === 0 ? "earlier" : "later"), locale)}
                  <Link href={`/summary/?id=${side.assessment.id}`}>
                    {engagementOf(side.assessment.answers).project ?? side.assessment.id}
                  </Link>{" "}
                  <span className="muted small">
                    {parenthesised(side.assessment.checklistVersion, locale)}
                  </span>
                  {side.assessment.status === "draft" ? (
                    <div className="muted small">{t("draftNote")}</div>
                  ) : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{tr("levelLabel")}</th>
              {sides.map((side, i) => (
                <td key={i} data-level={sums[i]!.level}>
                  <LevelBadge level={sums[i]!.level} label={side.text.level(sums[i]!.level)} />
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{tr("decisionLabel")}</th>
              {sides.map((side, i) => (
                <td key={i} data-decision={sums[i]!.decision}>
                  {side.text.decision(sums[i]!.decision)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </TableScroll>

      <h2>{t("flagsTitle")}</h2>
      {diff.added.length + diff.removed.length + diff.changed.length === 0 ? (
        <p>{t("noFlagChanges")}</p>
      ) : (
        <ul data-testid="compare-flags">
          {diff.added.map((slug) => (
            <li key={slug} data-flag-change="added" data-flag={slug}>
              <strong>{t("added")}:</strong> {flagTitle(slug)}
            </li>
          ))}
          {diff.removed.map((slug) => (
            <li key={slug} data-flag-change="removed" data-flag={slug}>
              <strong>{t("removed")}:</strong> {earlier.text.flag(slug).title}
            </li>
          ))}
          {diff.changed.map((c) => (
            <li key={c.slug} data-flag-change="changed" data-flag={c.slug}>
              <strong>{t("changed")}:</strong> {flagTitle(c.slug)} —{" "}
              <SeverityBadge severity={c.from} label={later.text.severity(c.from)} /> →{" "}
              <SeverityBadge severity={c.to} label={later.text.severity(c.to)} />
            </li>
          ))}
        </ul>
      )}

      <h2 id="compare-answers-title">{t("answersTitle")}</h2>
      {data.answers.length === 0 ? (
        <p>{t("noAnswerChanges")}</p>
      ) : (
        <TableScroll labelledBy="compare-answers-title">
          <table className="compare-table" data-testid="compare-answers">
            <thead>
              <tr>
                <th scope="col">{t("question")}</th>
                <th scope="col">{t("earlier")}</th>
                <th scope="col">{t("later")}</th>
              </tr>
            </thead>
            <tbody>
              {data.answers.map((id) => {
                const found = questionOf(id);
                return (
                  <tr key={id} data-answer={id}>
                    <th scope="row">{found ? found.text.questionLabel(found.q) : id}</th>
                    <td>{answerText(earlier, id)}</td>
                    <td>{answerText(later, id)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </article>
  );
}
