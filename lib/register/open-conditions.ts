// An engagement's open conditions and approvals, as the counterparty page shows them: counted from
// its history row's tracked items (lib/tracking, history-row.ts `conditions`).
import type { EarlierEngagement } from "./register-index";

/** The number of open conditions of an engagement, or undefined where it has none to track. */
export function openConditionsOf(engagement: EarlierEngagement): number | undefined {
  return engagement.openConditions;
}
