import {
  checkedDirectClient,
  clearedLegal,
  easyConscience,
  ordinaryTerms,
  plainPurpose,
  workProductOnly,
} from "./answers";
import type { CalibrationCase } from "./case";

export const surveyRunByClientStaff = {
  id: "survey-run-by-client-staff",
  narrative:
    "An American food-delivery app wants to understand lunch habits of office workers in Shanghai and Shenzhen and asks a Shanghai staffing agency for twenty temporary interviewers. The client's own research team would write the questionnaire, choose the office districts and run the street-intercept fieldwork day to day; answers go into the client's tablet app and its US servers. Neither the agency nor the client holds a foreign-related survey qualification.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Shanghai Renhe Staffing Services Co., Ltd.",
    client_name: "Forkful Inc.",
    client_country: "US",
    end_client_declared: "Forkful itself (consumer research team)",
    project_name: "Office lunch habits intercepts",
    project_description:
      "Provide twenty interviewers for three weeks of street-intercept interviews with office workers in Shanghai and Shenzhen, run day to day by the client's research team, recorded on the client's tablet app.",
    work_kinds: ["survey_online_phone", "interviews_expert_calls"],
    contract_value: 190000,
    start_date: "2027-03-08",
    end_date: "2027-03-26",
    assessor_name: "Zhao Min",
    assessor_role: "Operations director",

    ...checkedDirectClient,

    stated_purpose: "market_research",
    research_subjects_named: "yes",
    ...plainPurpose,
    barred_activities: ["statistical_survey"],
    barred_activity_performer: "foreign_party",
    research_sectors: ["none"],
    purpose_controls: ["none"],

    data_categories: ["personal_info", "general_business"],
    pi_people_count: 2500,
    pi_sensitive: "no",
    pi_exported: "yes",
    important_data_match: "no",
    core_data_match: "no",
    aggregation_at_scale: "no",
    raw_data_required: "yes",
    opaque_format: "no",
    data_controls: ["none"],

    collects_in_china: "yes",
    foreign_direction: "yes",
    low_profile_instructions: "no",
    sensitive_interviewees: "no",
    collection_controls: ["none"],

    ...workProductOnly,
    data_destination: "raw_abroad",
    storage_location: "servers_abroad",
    export_route: "exemption_applies",

    ...ordinaryTerms,
    ...clearedLegal,
    legal_advice: "not_yet_asked",
    stat_survey_approval: "no",
    ...easyConscience,
  },
  expected: { level: "critical", decision: "decline", reporting: false },
  mustRaise: [
    "foreign_party_barred_activity",
    "client_directs_fieldwork",
    "foreign_stat_survey_unapproved",
    "raw_data_offshore",
  ],
  mustNotRaise: ["approval_to_confirm", "client_chosen_locations", "end_client_undisclosed"],
  rationale:
    "The contrast to the licensed consumer survey: the foreign party runs the statistical survey itself, with no qualified institution and no project approval — the Mintz pattern (reference 1.6; Stats Impl. Regs Arts. 52, 54, 2.17). `foreign_party_barred_activity` (B), `client_directs_fieldwork` (D), `foreign_stat_survey_unapproved` (G) and raw responses on servers abroad (E) are high flags in four sections: rule 8 of 4.1 → critical / decline as structured (issue 12 item 3: 'the foreign party doing or directing the activity itself stays high or worse'). It is unlawful, not espionage — a consumer topic, a named client, no sensitive site — so no reporting guidance; the way forward is to restructure through a qualified agency with the project approved. The office districts are the subject of the survey, not collection points on the client's terms.",
} as const satisfies CalibrationCase;
