import { clearedLegal, easyConscience, ordinaryTerms, plainPurpose, workProductOnly } from "./answers";
import type { CalibrationCase } from "./case";

export const deskResearchUnnamedEndClient = {
  id: "desk-research-unnamed-end-client",
  narrative:
    "A London strategy consultancy asks a Shanghai research boutique for desk profiles of ten Chinese cosmetics brands from public sources — ownership, revenue estimates, channels, product lines — for 'our client, a consumer-goods investor' whose name it says the NDA does not let it give. The fee is the boutique's usual rate and the consultancy is a known name in the trade.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Shanghai Jianshi Research Co., Ltd.",
    client_name: "Harcourt Lane Partners LLP",
    client_country: "GB",
    end_client_declared: "A consumer-goods investor (not named; under NDA)",
    project_name: "China cosmetics brand profiles",
    project_description:
      "Desk profiles of ten named Chinese cosmetics brands from registers, filings, e-commerce data and press: ownership, revenue estimates, channels, product lines.",
    work_kinds: ["desk_research"],
    contract_value: 70000,
    start_date: "2027-01-18",
    end_date: "2027-02-19",
    assessor_name: "Shen Yu",
    assessor_role: "Partner",

    end_client_disclosure: "named_vaguely",
    client_affiliations: ["none"],
    counterparty_signals: ["none"],
    listed_in_china: "no",
    listed_abroad: "no",
    intermediary_chain: "one_intermediary",
    first_contact: "formal_channel",
    funder_type: "commercial",
    official_endorsement_claimed: "no",
    identity_controls: ["registry_checks_done"],

    stated_purpose: "due_diligence",
    research_subjects_named: "yes",
    ...plainPurpose,
    barred_activities: ["none"],
    research_sectors: ["none"],
    purpose_controls: ["public_sources_only"],

    data_categories: ["general_business"],
    important_data_match: "no",
    core_data_match: "no",
    aggregation_at_scale: "no",
    raw_data_required: "no",
    opaque_format: "no",
    data_controls: ["none"],

    ...workProductOnly,
    ...ordinaryTerms,
    ...clearedLegal,
    ...easyConscience,
  },
  expected: { level: "high", decision: "escalate", reporting: false },
  mustRaise: ["end_client_undisclosed"],
  mustNotRaise: [
    "client_chosen_locations",
    "sensitive_sector_research",
    "key_unknowns",
    "layered_intermediaries",
  ],
  rationale:
    "The reference gives `end_client_undisclosed` high severity with no exception for the kind of work (4 A; BIS flags 2 and 13, EU ICP Annex 2, ECL Art. 15): without the end client, end use cannot be assessed, and the railway case opened exactly this way (0). Its only mitigation is full disclosure plus verification, so rule 9 of 4.1 gives high / escalate. That is proportionate rather than over-severe: escalation is a review, not a refusal — the work itself (public sources, an ordinary sector, only a report leaves) raises nothing else, no pattern fires, nothing points to espionage (no reporting), and disclosure of the investor's name under NDA to the boutique's compliance officer would bring it to low. Declining would be wrong: 'if refused → decline' applies when the client refuses outright, not to an NDA it may lift.",
} as const satisfies CalibrationCase;
