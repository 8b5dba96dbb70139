import { railwayBeforeSigning2026_3 } from "@/test/fixtures/risk/railway";

import type { CalibrationCase } from "./case";

/** The published railway case (reference section 0) answered on checklist 2026.3 before signing. */
export const railwaySignalsBeforeSigning = {
  id: "railway-signals-before-signing",
  narrative:
    "A 'Western' company met in a WeChat group says its client, which provides technical support services for railway transportation, needs research on China's railway network to enter the market and cannot travel. A Shanghai IT company would buy and install equipment to the client's specification, collect IoT, cellular and GSM-R signals at fixed points and along high-speed lines in 16 cities the client names, and send the data abroad, at margins of 80–90 % against the usual 15–20 %. (Reference section 0, before signing.)",
  checklistVersion: "2026.4",
  // The published facts as the engine's regression fixture holds them (test/fixtures/risk/railway.ts).
  // 2026.4 asks two more questions: nothing is added to an agreed scope, and the data is handed over.
  answers: {
    ...railwayBeforeSigning2026_3,
    scope_additions: ["none"],
    deliverable_destination: "handed_over",
  },
  expected: { level: "critical", decision: "decline", reporting: true },
  mustRaise: [
    "end_client_undisclosed",
    "end_user_military_intel",
    "purpose_work_mismatch",
    "cii_operational_data",
    "radio_signal_data",
    "client_specified_equipment",
    "mobile_route_collection",
    "client_chosen_locations",
    "large_volume",
    "price_above_market",
    "suspected_ulterior_motive",
    "cii_proximity",
    "radio_foreign_monitoring",
  ],
  mustNotRaise: [
    "remote_access_request",
    "renewal_scope_expansion",
    "legal_advice_against",
    "previously_refused",
  ],
  rationale:
    "Reference section 6: answered as the company would have before signing, the railway case must be critical — decline and consider reporting — by rule 2 of 4.1 (undisclosed end client + CII / radio-signal data + client-specified equipment, locations and routes), raising every flag section 6 lists. Under 2026.3 the collection near railway lines also raises `cii_proximity` (issue 12 item 4), and the espionage indicators of issue 12 item 7 (hidden and military end user, cover story, collection on the client's terms, an insider's suspicion) keep the reporting guidance. The mid-project flags must not appear yet.",
} as const satisfies CalibrationCase;
