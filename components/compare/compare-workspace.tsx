"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";

import { TableScroll } from "@/components/ui/table-scroll";
import { localDate } from "@/lib/assessment/dates";
import { loadReadingChecklistText } from "@/lib/i18n/load-checklist-text";
import { Link } from "@/lib/i18n/navigation";
import { labelled, parenthesised } from "@/lib/i18n/routing";
import { buildCompareView } from "@/lib/summary/compare-view";

import { LoadProblem } from "../form/load-problem";
import { type LoadedAssessment, useAssessment } from "../form/use-assessment";
import { IntegrityBanner, IntegrityChecking, useIntegrity } from "../summary/integrity-banner";
import { LevelBadge, SeverityBadge } from "../summary/level-badge";

type Ready = Extract<LoadedAssessment, { status: "ready" }>;

/** Two assessments side by side: level and decision, flag changes, and the answers that changed. */
export default function CompareWorkspace({ a, b }: { a: string; b: string }) {
  const t = useTranslations("compare");
  const first = useAssessment(a, loadReadingChecklistText);
  const second = useAssessment(b, loadReadingChecklistText);
  if (first.status !== "ready") return <LoadProblem state={first} title={t("title")} />;
  if (second.status !== "ready") return <LoadProblem state={second} title={t("title")} />;
  return <LoadedCompare first={first} second={second} />;
}

function LoadedCompare({ first, second }: { first: Ready; second: Ready }) {
  const t = useTranslations("compare");
  const tr = useTranslations("risk");
  const locale = useLocale();
  const notAnswered = useTranslations("summary")("notAnswered");
  const view = useMemo(
    () => buildCompareView(first, second, localDate(), notAnswered),
    [first, second, notAnswered],
  );
  // As on the summary, a stored verdict is compared only if it is what its answers give.
  const integrity = [useIntegrity(first.assessment), useIntegrity(second.assessment)];
  if (integrity.some((i) => i.status === "checking")) return <IntegrityChecking />;
  const broken = [first, second].flatMap((side, i) => {
    const check = integrity[i]!;
    return check.status === "checked" && check.problem
      ? [{ id: side.assessment.id, problem: check.problem }]
      : [];
  });
  if (broken.length > 0)
    return (
      <article className="compare">
        <h1>{t("title")}</h1>
        {broken.map(({ id, problem }) => (
          <IntegrityBanner key={id} id={id} problem={problem} />
        ))}
      </article>
    );
  const { sides } = view;

  return (
    <article className="compare">
      <h1>{t("title")}</h1>
      {view.sameEngagement ? null : <p className="notice">{t("differentEngagement")}</p>}
      <h2 id="compare-levels-title">{t("levelDecision")}</h2>
      <TableScroll labelledBy="compare-levels-title">
        <table className="compare-table" data-testid="compare-levels">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t("question")}</span>
              </th>
              {sides.map((side, i) => (
                <th key={side.id} scope="col">
                  {labelled(t(i === 0 ? "earlier" : "later"), locale)}
                  <Link href={`/summary/?id=${side.id}`}>{side.title}</Link>{" "}
                  <span className="muted small">{parenthesised(side.checklistVersion, locale)}</span>
                  {side.draft ? <div className="muted small">{t("draftNote")}</div> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{tr("levelLabel")}</th>
              {sides.map((side) => (
                <td key={side.id} data-level={side.level}>
                  <LevelBadge level={side.level} label={side.levelLabel} />
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{tr("decisionLabel")}</th>
              {sides.map((side) => (
                <td key={side.id} data-decision={side.decision}>
                  {side.decisionLabel}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </TableScroll>

      <h2>{t("flagsTitle")}</h2>
      {view.flags.length === 0 ? (
        <p>{t("noFlagChanges")}</p>
      ) : (
        <ul data-testid="compare-flags">
          {view.flags.map((flag) => (
            <li key={flag.id} data-flag-change={flag.change} data-flag={flag.id}>
              <strong>{t(flag.change)}:</strong> {flag.title}
              {flag.change === "changed" ? (
                <>
                  {" "}
                  — <SeverityBadge severity={flag.from.severity} label={flag.from.label} /> →{" "}
                  <SeverityBadge severity={flag.to.severity} label={flag.to.label} />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}

      <h2 id="compare-answers-title">{t("answersTitle")}</h2>
      {view.answers.length === 0 ? (
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
              {view.answers.map((answer) => (
                <tr key={answer.id} data-answer={answer.id}>
                  <th scope="row">{answer.question}</th>
                  <td>{answer.earlier}</td>
                  <td>{answer.later}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </article>
  );
}
