// A calibration case: a commission no one here wrote, answered as a careful user would answer
// the checklist (2026.4), with the verdict the reference (/work/shared/domain/red-flags.md) calls for.
// The table test (calibration.test.ts) and `npm run bench` evaluate every case; when one fails,
// the definition or the engine is wrong, or the expectation is, never the answers.
import type { Answers, Decision, Level } from "@/lib/checklist/types";

export interface CalibrationCase {
  /** Same as the file name. */
  readonly id: string;
  /** Two to four sentences: the commission as the company first hears of it. */
  readonly narrative: string;
  readonly checklistVersion: "2026.4";
  /** Every visible question answered; "unknown" only where a careful user could not know. */
  readonly answers: Answers;
  /**
   * Low and medium cases (issue 26): the same narrative as a cautious reader answers it, as
   * changes to `answers`: "don't know", "may be", "not sure" wherever the narrative is silent. Its
   * decision must equal the confident one's or be one step more severe, and never decline.
   */
  readonly cautious?: Answers;
  readonly expected: {
    readonly level: Level;
    readonly decision: Decision;
    /** Whether reporting guidance (12339, do not tip off) must show. */
    readonly reporting: boolean;
    /** Approvals the summary must list (others may be listed too). */
    readonly approvals?: readonly string[];
    /** Conditions (control or proceed-condition ids) the summary must list. */
    readonly conditions?: readonly string[];
  };
  /** Flag slugs the summary must raise. */
  readonly mustRaise: readonly string[];
  /** Flag slugs the summary must not raise. */
  readonly mustNotRaise: readonly string[];
  /** Why this verdict is right, citing the reference (sections, rules of 4.1, cases). */
  readonly rationale: string;
}
