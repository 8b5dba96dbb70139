"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import type { Assessment } from "@/lib/assessment/assessment";
import type { SummaryView } from "@/lib/summary/summary-view";
import { isReassessmentDue, localDate } from "@/lib/assessment/dates";
import { engagementOf } from "@/lib/assessment/engagement";
import { Link, useRouter } from "@/lib/i18n/navigation";
import { reassess, setReassessBy } from "@/lib/storage";

import { AuditTrail } from "./audit-trail";
import { SignOffForm } from "./sign-off-form";
import { TrustedReviewers } from "./trusted-reviewers";

/** Below a summary: the re-assessment chain and date, the audit trail, and the sign-off form. */
export function ReviewPanel({
  assessment,
  view,
  onChange,
}: {
  assessment: Assessment;
  /** The summary's view model: the audit trail and sign-offs as a reader sees them. */
  view: SummaryView;
  /** A stored change (sign-off, date): the page, its PDF and this panel show the new record. */
  onChange: (changed: Assessment) => void;
}) {
  const t = useTranslations("review");
  const router = useRouter();
  const [date, setDate] = useState(assessment.reassessBy ?? "");
  const completed = assessment.status === "completed";
  const due = isReassessmentDue(assessment, localDate());
  const assessor = engagementOf(assessment.answers).assessor ?? "";

  async function startReassessment() {
    const draft = await reassess(assessment.id);
    router.push(`/assess/?id=${draft.id}`);
  }

  return (
    <div className="review-panel">
      {assessment.reassessedFrom ? (
        <p>
          {t("reassessedFrom")}{" "}
          <Link href={`/summary/?id=${assessment.reassessedFrom}`}>
            {assessment.reassessedFrom.slice(0, 8)}
          </Link>
          {" · "}
          <Link href={`/compare/?a=${assessment.reassessedFrom}&b=${assessment.id}`}>
            {t("compareWithSource")}
          </Link>
        </p>
      ) : null}
      {completed ? (
        <section aria-labelledby="reassess-title" className="no-print">
          <h2 id="reassess-title">{t("reassessBy")}</h2>
          {due ? <p className="due">{t("reassessByDue")}</p> : null}
          <label htmlFor="reassess-by">{t("reassessBy")}</label>{" "}
          <input
            id="reassess-by"
            type="date"
            value={date}
            aria-describedby="reassess-by-help"
            onChange={(e) => setDate(e.target.value)}
          />{" "}
          <button
            type="button"
            className="button button--secondary"
            disabled={!date || date === assessment.reassessBy}
            onClick={() => void setReassessBy(assessment.id, date, assessor).then(onChange)}
          >
            {t("reassessBySave")}
          </button>
          <p id="reassess-by-help" className="muted">
            {t("reassessByHelp")}
          </p>
          <div className="actions">
            <button type="button" className="button" onClick={() => void startReassessment()}>
              {t("reassess")}
            </button>
          </div>
        </section>
      ) : null}
      <AuditTrail view={view} />
      {completed ? <SignOffForm id={assessment.id} onSigned={onChange} /> : null}
      {completed ? <TrustedReviewers /> : null}
    </div>
  );
}
