import {
  checkedDirectClient,
  clearedLegal,
  easyConscience,
  ordinaryTerms,
  peopleCollection,
  plainPurpose,
  workProductOnly,
  silentChecksOpen,
} from "./answers";
import type { CalibrationCase } from "./case";

export const licensedConsumerSurvey = {
  id: "licensed-consumer-survey",
  narrative:
    "A French hair-care brand wants to know how women aged 20–45 in Chengdu, Wuhan and Hangzhou choose shampoo. A Shanghai market-research firm holding the foreign-related survey qualification would run a 15-minute online questionnaire with 3,000 respondents from its own panel, with the project approval already granted, and deliver an aggregated report with tables; no respondent-level data leaves the firm.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Shanghai Huice Market Research Co., Ltd.",
    client_name: "Maison Clarelle SAS",
    client_country: "FR",
    end_client_declared: "Maison Clarelle itself (consumer insights team)",
    project_name: "Shampoo choice study, three cities",
    project_description:
      "Online questionnaire (15 minutes) with 3,000 women aged 20–45 from our own panel in Chengdu, Wuhan and Hangzhou; aggregated report with cross-tables in English.",
    work_kinds: ["survey_online_phone"],
    contract_value: 420000,
    start_date: "2027-02-01",
    end_date: "2027-03-31",
    assessor_name: "Xu Ting",
    assessor_role: "Compliance officer",

    ...checkedDirectClient,

    stated_purpose: "market_research",
    research_subjects_named: "yes",
    ...plainPurpose,
    barred_activities: ["statistical_survey"],
    barred_activity_performer: "qualified_domestic_firm",
    research_sectors: ["none"],
    purpose_controls: ["none"],

    data_categories: ["personal_info", "general_business"],
    pi_people_count: 3000,
    pi_sensitive: "no",
    pi_exported: "no",
    important_data_match: "no",
    core_data_match: "no",
    aggregation_at_scale: "no",
    raw_data_required: "no",
    opaque_format: "no",
    data_controls: ["aggregated_results_only", "pi_compliance_done"],

    ...peopleCollection,

    ...workProductOnly,
    data_destination: "aggregated_results",
    export_route: "exemption_applies",

    ...ordinaryTerms,
    ...clearedLegal,
    stat_survey_approval: "yes",
    ...easyConscience,
  },
  cautious: { ...silentChecksOpen },
  expected: { level: "low", decision: "proceed", reporting: false },
  mustRaise: [],
  mustNotRaise: [
    "foreign_party_barred_activity",
    "foreign_stat_survey_unapproved",
    "approval_to_confirm",
    "client_chosen_locations",
    "personal_info_volume",
    "no_export_legal_basis",
  ],
  rationale:
    "Stats Impl. Regs Art. 52 (reference 2.17) lets a foreign party commission a survey through a domestic institution holding the foreign-related survey qualification, with the project approved; that is the lawful route the Mintz penalty (1.6) lacked. With both in place, `foreign_party_barred_activity` (B, 'mitigable only by the approval') and `foreign_stat_survey_unapproved` (G) do not apply (issue 12 item 3). The client naming the three cities is the subject of research, not a collection point. 3,000 respondents' non-sensitive PI stays with the firm (below the 100,000 threshold of 2.7); only aggregated tables leave, which contain no PI or important data and are exempt under the 2024 Provisions (2.7). No flag → rule 9 → low / proceed.",
} as const satisfies CalibrationCase;
