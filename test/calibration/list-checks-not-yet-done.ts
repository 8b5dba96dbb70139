import {
  clearedLegal,
  easyConscience,
  ordinaryTerms,
  plainPurpose,
  workProductOnly,
  silentChecksOpen,
} from "./answers";
import type { CalibrationCase } from "./case";

export const listChecksNotYetDone = {
  id: "list-checks-not-yet-done",
  narrative:
    "A trading company in Dubai that a Suzhou technical-writing firm has never dealt with asks for Chinese operating manuals for a line of industrial air compressors it distributes, from the English originals. The order came through the firm's website on a Friday; by the time the sales manager fills in the check, nobody has yet looked the company up in a register or screened it against any list.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Suzhou Mingwen Technical Writing Co., Ltd.",
    client_name: "Gulf Pneumatic Trading FZE",
    client_country: "AE",
    end_client_declared: "The client itself, as distributor of the compressors",
    project_name: "Compressor manuals EN→ZH",
    project_description:
      "Translate and typeset operating and maintenance manuals (about 300 pages) for six air-compressor models from English into Simplified Chinese.",
    work_kinds: ["translation_writing"],
    contract_value: 42000,
    start_date: "2027-01-25",
    end_date: "2027-03-12",
    assessor_name: "Yao Fei",
    assessor_role: "Sales manager",

    end_client_disclosure: "client_is_end_user",
    client_affiliations: ["unknown"],
    counterparty_signals: ["unknown"],
    listed_in_china: "unknown",
    listed_abroad: "unknown",
    intermediary_chain: "direct",
    first_contact: "formal_channel",
    funder_type: "commercial",
    official_endorsement_claimed: "no",
    identity_controls: ["none"],

    stated_purpose: "document_translation",
    research_subjects_named: "no",
    ...plainPurpose,
    barred_activities: ["none"],
    research_sectors: ["none"],
    purpose_controls: ["none"],

    data_categories: ["client_documents"],
    important_data_match: "no",
    core_data_match: "no",
    aggregation_at_scale: "not_applicable",
    raw_data_required: "not_applicable",
    opaque_format: "no",
    data_controls: ["none"],

    ...workProductOnly,
    ...ordinaryTerms,
    ...clearedLegal,
    ...easyConscience,
  },
  cautious: { ...silentChecksOpen },
  expected: {
    level: "medium",
    decision: "proceed_with_conditions",
    reporting: false,
    conditions: ["check_before_signing"],
  },
  mustRaise: ["checks_before_signing"],
  mustNotRaise: [
    "counterparty_listed_cn",
    "counterparty_foreign_sanctions_exposure",
    "counterparty_unverifiable",
  ],
  rationale:
    "The work itself is as harmless as a translation gets, but the counterparty checks are open: whether a party is on China's lists (4 A `counterparty_listed_cn`, prohibitive) or a foreign one (`counterparty_foreign_sanctions_exposure`), and the registry and ownership check (`counterparty_unverifiable`, BIS flag 6, FATF). 'Unknown ≠ safe' (4 H) — yet these are checks the company can make itself in an afternoon, so issue 12 item 5 makes them a condition 'check before signing' rather than an escalation. Elevated → rule 9 → medium / proceed with conditions, never a silent 'proceed'.",
} as const satisfies CalibrationCase;
