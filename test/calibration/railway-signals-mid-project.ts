import type { CalibrationCase } from "./case";
import { railwaySignalsBeforeSigning } from "./railway-signals-before-signing";

export const railwaySignalsMidProject = {
  id: "railway-signals-mid-project",
  narrative:
    "Five months into the railway signal-data job of reference section 0, the client asks for remote login to the company's systems and, at renewal, for additional parameters; the purpose has shifted, and in-house legal has said the data's outflow cannot be controlled and national security could be harmed.",
  checklistVersion: "2026.4",
  answers: {
    ...railwaySignalsBeforeSigning.answers,
    purpose_clarity: "changed",
    scope_additions: ["none"],
    remote_access: "yes",
    deliverable_destination: "handed_over",
    is_renewal: "yes",
    renewal_new_scope: "yes",
    national_security_effect: "yes",
    legal_advice: "advised_against",
  },
  expected: { level: "critical", decision: "decline", reporting: true },
  mustRaise: [
    ...railwaySignalsBeforeSigning.mustRaise,
    "remote_access_request",
    "renewal_scope_expansion",
    "legal_advice_against",
    "purpose_vague_or_shifting",
  ],
  mustNotRaise: ["previously_refused"],
  rationale:
    "Reference section 6: answered as the job stood mid-project, the railway case must also raise `remote_access_request`, `renewal_scope_expansion` and `legal_advice_against` (prohibitive: overriding legal advice was the case's turning point, 4 G), and stays critical — decline and report (rules 1 and 2 of 4.1).",
} as const satisfies CalibrationCase;
