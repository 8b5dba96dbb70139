"use client";

import { useTranslations } from "next-intl";

import type { Assessment } from "@/lib/assessment/assessment";
import type { Checklist } from "@/lib/checklist/types";
import type { ChecklistText } from "@/lib/i18n/checklist-text";
import { Link } from "@/lib/i18n/navigation";
import { labelled } from "@/lib/i18n/routing";
import type { RiskSummary } from "@/lib/risk/evaluate-risk";

import { ScreeningRecordView } from "@/components/screening/screening-record";

import { DownloadPdf } from "./download-pdf";
import { EngagementFacts } from "./engagement-facts";
import { FlagList } from "./flag-list";
import { LevelBadge } from "./level-badge";
import { SectionChart } from "./section-chart";
import { ApprovalList, ConditionList, ReportingGuidance, RuleList, UnknownList } from "./summary-lists";

type Props = { assessment: Assessment; checklist: Checklist; text: ChecklistText; summary: RiskSummary };

/** The explained verdict: decision, why, every flag with its basis and action, and what is open. */
export function RiskSummaryView({ assessment, checklist, text, summary }: Props) {
  const t = useTranslations("summary");
  const tr = useTranslations("risk");
  const isDraft = assessment.status === "draft";
  return (
    <article className="summary" data-status={assessment.status}>
      <h1>
        {typeof assessment.answers.project_name === "string"
          ? labelled(t("title"), text.locale) + assessment.answers.project_name
          : t("title")}
      </h1>
      {isDraft ? (
        <p className="notice">
          {t("draftNote")}{" "}
          <Link href={`/assess/?id=${assessment.id}`} className="no-print">
            {t("editDraft")}
          </Link>
        </p>
      ) : null}

      <section
        className={`decision-banner decision-banner--${summary.level}`}
        aria-labelledby="decision-title"
        data-level={summary.level}
        data-decision={summary.decision}
        data-rule={summary.rule}
      >
        <p className="decision-banner__level">
          {labelled(tr("levelLabel"), text.locale)}
          <LevelBadge level={summary.level} label={text.level(summary.level)} />
        </p>
        <h2 id="decision-title" className="decision-banner__decision">
          {text.decision(summary.decision)}
        </h2>
        <p className="decision-banner__reason">
          <strong>{labelled(t("because"), text.locale)}</strong>
          {text.ruleReason(summary.reason.rule, summary.reason.flags)}
        </p>
      </section>

      <div className="actions no-print">
        <DownloadPdf assessment={assessment} checklist={checklist} text={text} summary={summary} />
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t("print")}
        </button>
      </div>

      <EngagementFacts assessment={assessment} checklist={checklist} text={text} summary={summary} />
      {summary.reporting.advised ? <ReportingGuidance summary={summary} text={text} /> : null}

      <h2>{t("flagsTitle")}</h2>
      <FlagList checklist={checklist} summary={summary} text={text} />
      <RuleList summary={summary} text={text} />
      <ApprovalList summary={summary} text={text} />
      <ConditionList summary={summary} text={text} />
      <UnknownList checklist={checklist} summary={summary} text={text} />
      <SectionChart summary={summary} text={text} />
      <ScreeningRecordView assessment={assessment} />
    </article>
  );
}
