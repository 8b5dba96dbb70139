// A decision on an earlier engagement (lib/register), as stored (register-decisions.ts). Its own
// module, importing nothing, so that the public module can export the id without Dexie.

export interface RegisterDecision {
  /** registerDecisionId(assessmentId, earlierId, name). */
  id: string;
  /** The assessment in which the decision was made, and the name as entered there. */
  assessmentId: string;
  name: string;
  /** The earlier assessment and its party's name that matched. */
  earlierId: string;
  earlierName: string;
  decision: "confirmed" | "dismissed";
  /** Why a match was dismissed (required then). */
  reason?: string;
  /** When it was decided (ISO date-time). */
  at: string;
}

export const registerDecisionId = (assessmentId: string, earlierId: string, name: string) =>
  [assessmentId, earlierId, name.trim()].join("\u001f");
