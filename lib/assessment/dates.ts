/** The local calendar date as YYYY-MM-DD, for the risk engine, which never reads the clock itself. */
export function localDate(now = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, "0");
  const day = String(now.getDate()).padStart(2, "0");
  return `${now.getFullYear()}-${month}-${day}`;
}

/**
 * The default "re-assess by" date of an assessment completed at `completedAt`: the reference's
 * advice is to re-assess on renewal, on a change of scope, or within 12 months at the latest; the
 * contract's end date stands for the renewal when it falls within those 12 months.
 */
export function defaultReassessBy(completedAt: Date, endDate?: unknown): string {
  const inAYear = new Date(completedAt);
  inAYear.setFullYear(inAYear.getFullYear() + 1);
  const latest = localDate(inAYear);
  const today = localDate(completedAt);
  if (
    typeof endDate === "string" &&
    /^\d{4}-\d{2}-\d{2}$/.test(endDate) &&
    endDate > today &&
    endDate < latest
  )
    return endDate;
  return latest;
}

/** Whether a completed assessment (or its history row) is due for re-assessment on `today` (YYYY-MM-DD). */
export function isReassessmentDue(
  record: { readonly status: string; readonly reassessBy?: string },
  today: string,
): boolean {
  return record.status === "completed" && record.reassessBy !== undefined && record.reassessBy <= today;
}

/** Clocks disagree: a date up to a day ahead of this device's clock is not called "in the future". */
export const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/** Whether an ISO date (YYYY-MM-DD, read as its UTC midnight) or date-time lies in the future,
 *  beyond a day's clock skew. */
export function isFutureDate(iso: string, now = Date.now()): boolean {
  return Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso) > now + CLOCK_SKEW_MS;
}
