// Hook for conditions tracking (issue 29 asks the counterparty page for each engagement's open
// conditions; the tracking itself is another part of that issue, on the summary). Until an
// assessment's conditions are tracked there is nothing to count, and the page says "not tracked":
// replace this function with the tracked count when that data exists.
import type { EarlierEngagement } from "./register-index";

/** The number of open conditions of an engagement, or undefined where they are not tracked. */
export function openConditionsOf(engagement: EarlierEngagement): number | undefined {
  void engagement;
  return undefined;
}
