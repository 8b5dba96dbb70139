"use client";

import { useTranslations } from "next-intl";

import type { Assessment } from "@/lib/assessment/assessment";
import { Link } from "@/lib/i18n/navigation";
import { labelled } from "@/lib/i18n/routing";
import type { SummaryView } from "@/lib/summary/summary-view";
import type { Tracking } from "@/lib/tracking/model";

import { ScreeningRecordView } from "@/components/screening/screening-record";

import { DownloadPdf } from "./download-pdf";
import { EngagementFacts } from "./engagement-facts";
import { FlagList } from "./flag-list";
import { LevelBadge } from "./level-badge";
import { SectionChart } from "./section-chart";
import { WhatWouldChange } from "./what-would-change";
import { ApprovalList, ConditionList, ReportingGuidance, RuleList, UnknownList } from "./summary-lists";

type Props = {
  /** Everything shown, the PDF included: built once by the page. */
  view: SummaryView;
  /** For the link back to the draft. */
  assessment: Assessment;
  /** Shown right under the frozen verdict (the tracked conditions' progress or clearance). */
  afterVerdict?: React.ReactNode;
  /** The tracked conditions and approvals, for the PDF. */
  tracked?: Tracking | null;
};

/** The explained verdict: decision, why, every flag with its basis and action, and what is open. */
export function RiskSummaryView({ view, assessment, afterVerdict, tracked }: Props) {
  const t = useTranslations("summary");
  const tr = useTranslations("risk");
  const { verdict } = view;
  return (
    <article className="summary" data-status={view.status}>
      <h1>{view.project ? labelled(t("title"), view.locale) + view.project : t("title")}</h1>
      {view.status === "draft" ? (
        <p className="notice">
          {t("draftNote")}{" "}
          <Link href={`/assess/?id=${assessment.id}`} className="no-print">
            {t("editDraft")}
          </Link>
        </p>
      ) : null}

      <section
        className={`decision-banner decision-banner--${verdict.level}`}
        aria-labelledby="decision-title"
        data-level={verdict.level}
        data-decision={verdict.decision}
        data-rule={verdict.rule}
      >
        <p className="decision-banner__level">
          {labelled(tr("levelLabel"), view.locale)}
          <LevelBadge level={verdict.level} label={verdict.levelLabel} />
        </p>
        <h2 id="decision-title" className="decision-banner__decision">
          {verdict.decisionLabel}
        </h2>
        <p className="decision-banner__reason">
          <strong>{labelled(t("because"), view.locale)}</strong>
          {verdict.reason}
        </p>
      </section>
      {afterVerdict}

      <div className="actions no-print">
        <DownloadPdf view={view} tracked={tracked} />
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t("print")}
        </button>
      </div>

      <EngagementFacts view={view} />
      {view.reporting ? <ReportingGuidance reporting={view.reporting} /> : null}
      {view.insteadOfReporting ? (
        <section aria-labelledby="instead-title" className="card" data-reporting="instead">
          <h2 id="instead-title">{t("insteadTitle")}</h2>
          <p>{view.insteadOfReporting}</p>
        </section>
      ) : null}
      {view.scopeAdditions ? (
        <section aria-labelledby="scope-title" className="card" data-testid="scope-additions">
          <h2 id="scope-title">{t("scopeTitle")}</h2>
          <p>{t("scopeLead", { additions: view.scopeAdditions.additions })}</p>
          {view.scopeAdditions.flags ? (
            <p>{t("scopeAddedFlags", { flags: view.scopeAdditions.flags })}</p>
          ) : null}
          <p>
            {labelled(t("scopeOriginal"), view.locale)}
            <LevelBadge level={view.scopeAdditions.level} label={view.scopeAdditions.levelLabel} />{" "}
            {view.scopeAdditions.decisionLabel}
          </p>
        </section>
      ) : null}
      {view.whatWouldChange ? (
        <WhatWouldChange id={assessment.id} view={view} items={view.whatWouldChange} />
      ) : null}

      <h2>{t("flagsTitle")}</h2>
      <FlagList view={view} />
      <RuleList view={view} />
      <ApprovalList view={view} />
      <ConditionList view={view} />
      <UnknownList view={view} />
      <SectionChart view={view} />
      {view.screening ? <ScreeningRecordView view={view.screening} /> : null}
    </article>
  );
}
