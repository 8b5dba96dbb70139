"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";

import type { Assessment } from "@/lib/assessment/assessment";
import { localDate } from "@/lib/assessment/dates";
import type { SignOffCheck } from "@/lib/assessment/signature";
import { deriveTracking, type Tracking, trackingApplies } from "@/lib/tracking/model";

import { useDates } from "../ui/use-dates";

/** The tracking state of a completed assessment whose verdict has items, else null. */
export function useTracking(assessment: Assessment): Tracking | null {
  return useMemo(
    () =>
      assessment.status === "completed" && assessment.summary && trackingApplies(assessment.summary)
        ? deriveTracking({ ...assessment, summary: assessment.summary }, localDate())
        : null,
    [assessment],
  );
}

/** Whether the clearance in force is shown as one: only once its signature verifies. */
export function clearanceShown(tracking: Tracking, checks: readonly SignOffCheck[] | null) {
  const clearance = tracking.clearance;
  if (!clearance) return { clearance: undefined, unverified: false };
  const status = checks?.[clearance.signOff]?.status;
  return status === "signed"
    ? { clearance, unverified: false }
    : { clearance: undefined, unverified: status !== undefined };
}

/** Beside the frozen verdict: "Cleared to proceed on …, by …", or "3 of 5 … met or waived". */
export function TrackingLine({
  tracking,
  checks,
}: {
  tracking: Tracking;
  checks: readonly SignOffCheck[] | null;
}) {
  const t = useTranslations("tracking");
  const dates = useDates();
  const { clearance } = clearanceShown(tracking, checks);
  const { counts } = tracking;
  return (
    <p className="tracking-line" data-tracking-line={clearance ? "cleared" : "open"}>
      {clearance ? (
        <strong>
          {t("cleared", { date: dates.day(clearance.at), name: `${clearance.name} (${clearance.role})` })}
        </strong>
      ) : (
        <>
          <a href="#tracking-title">
            {t("progress", { done: counts.total - counts.open, total: counts.total })}
          </a>
          {counts.overdue > 0 ? (
            <>
              {" · "}
              <span className="due">{t("overdueCount", { count: counts.overdue })}</span>
            </>
          ) : null}
        </>
      )}
    </p>
  );
}
