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

export const consumerInterviewsEvOwners = {
  id: "consumer-interviews-ev-owners",
  narrative:
    "A Korean car-interior supplier wants to understand how Chinese electric-car owners use the back seat. A Beijing research agency with the foreign-related survey qualification would recruit 24 owners in Beijing and Shenzhen for 90-minute interviews in its viewing rooms, with the project filed; two of the client's designers would watch from the viewing room. Recordings stay with the agency; the client receives anonymised summaries.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Beijing Jianxing Consumer Research Co., Ltd.",
    client_name: "Hanseong Interiors Co., Ltd.",
    client_country: "KR",
    end_client_declared: "Hanseong Interiors itself (design centre)",
    project_name: "EV back-seat use interviews",
    project_description:
      "24 in-depth interviews with electric-car owners in Beijing and Shenzhen in our viewing rooms, recruited from our panel with written consent; anonymised summaries and a findings deck for the client.",
    work_kinds: ["interviews_expert_calls"],
    contract_value: 310000,
    start_date: "2027-04-06",
    end_date: "2027-05-14",
    assessor_name: "Ma Rui",
    assessor_role: "Research director",

    ...checkedDirectClient,

    stated_purpose: "market_research",
    research_subjects_named: "yes",
    ...plainPurpose,
    barred_activities: ["statistical_survey"],
    barred_activity_performer: "qualified_domestic_firm",
    research_sectors: ["none"],
    purpose_controls: ["none"],

    data_categories: ["personal_info", "general_business"],
    pi_people_count: 24,
    pi_sensitive: "no",
    pi_exported: "no",
    important_data_match: "no",
    core_data_match: "no",
    aggregation_at_scale: "no",
    raw_data_required: "no",
    opaque_format: "no",
    data_controls: ["pi_compliance_done"],

    ...peopleCollection,
    ...workProductOnly,
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
    "client_directs_fieldwork",
    "sensitive_personnel_access",
    "personal_info_volume",
    "approval_to_confirm",
  ],
  rationale:
    "Consumer interviews for a foreign client are a foreign-related survey (Stats Impl. Regs Art. 52, reference 2.17): lawful through a qualified domestic agency with the project filed, as here. Consumers are not people in secret-related posts (4 D `sensitive_personnel_access`, Capvision case 1.6), the client's designers observe but do not direct the fieldwork (4 D `client_directs_fieldwork`), and 24 people's non-sensitive PI stays in China with consent (PIPL, 2.4, far below the thresholds of 2.7). No flag → rule 9 → low / proceed.",
} as const satisfies CalibrationCase;
