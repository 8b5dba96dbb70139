import type { CalibrationCase } from "./case";
import { railwaySignalsBeforeSigning } from "./railway-signals-before-signing";

export const railwaySignalsSecondCompany = {
  id: "railway-signals-second-company",
  narrative:
    "Two salespeople of the first company bring the refused railway signal-data job of reference section 0 to a second company, for a cut of about RMB 90,000. The second company knows the job was refused before.",
  checklistVersion: "2026.4",
  answers: {
    ...railwaySignalsBeforeSigning.answers,
    your_company: "Second company (case placeholder)",
    first_contact: "known_referral",
    refused_before: "yes",
  },
  expected: { level: "critical", decision: "decline", reporting: true },
  mustRaise: [...railwaySignalsBeforeSigning.mustRaise, "previously_refused"],
  mustNotRaise: ["informal_approach"],
  rationale:
    "Reference section 6: answered by the second company, the railway case also raises `previously_refused` (4 H, prohibitive: 'Railway case was refused then passed on'), and stays critical — decline and report by rules 1 and 2 of 4.1. A referral by people it knows removes `informal_approach` but changes nothing else.",
} as const satisfies CalibrationCase;
