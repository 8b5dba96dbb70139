import {
  checkedDirectClient,
  clearedLegal,
  easyConscience,
  ordinaryTerms,
  plainPurpose,
  workProductOnly,
  silentChecksOpen,
} from "./answers";
import type { CalibrationCase } from "./case";

export const conferenceInterpretation = {
  id: "conference-interpretation",
  narrative:
    "An Austrian trade association e-mails a Shanghai interpreting agency it has never worked with: it needs two German–Chinese simultaneous interpreters for a two-day woodworking-machinery forum at a Shanghai exhibition centre. The agency checked the association's registration and website, called its Vienna office back on the number listed there, and received a signed order; slides come a week ahead.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Shanghai Tongsheng Interpreting Co., Ltd.",
    client_name: "Verband der Holzbearbeitungsmaschinen Österreich",
    client_country: "AT",
    end_client_declared: "The association itself, organiser of the forum",
    project_name: "Woodworking forum interpretation",
    project_description:
      "Two simultaneous interpreters, German–Chinese, for a two-day public forum on woodworking machinery at an exhibition centre in Shanghai; speakers' slides supplied in advance.",
    work_kinds: ["translation_writing"],
    contract_value: 28000,
    start_date: "2027-05-19",
    end_date: "2027-05-20",
    assessor_name: "Chen Jing",
    assessor_role: "Project manager",

    ...checkedDirectClient,
    first_contact: "unsolicited_message",
    identity_controls: ["registry_checks_done", "formal_channel_verified"],

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
    opaque_format: "not_applicable",
    data_controls: ["none"],

    ...workProductOnly,
    data_destination: "stays_in_china",
    data_inventory: "not_applicable",
    onward_transfer_limited: "not_applicable",
    transfer_records: "not_applicable",

    ...ordinaryTerms,
    ...clearedLegal,
    ...easyConscience,
  },
  cautious: { ...silentChecksOpen },
  expected: { level: "low", decision: "proceed", reporting: false },
  mustRaise: ["informal_approach"],
  mustNotRaise: ["counterparty_unverifiable", "checks_before_signing", "key_unknowns"],
  rationale:
    "An unsolicited first message is `informal_approach` (reference 4 A), informational on its own: the railway and AIS cases began that way (0, 1.3), and the action is to move to formal channels and verify identity, which the agency did (control declared). Interpretation at a public forum collects nothing and nothing leaves China (4 C, D, E); the inapplicable transfer questions are answered 'does not apply', never read as 'no'. Informational only → rule 9 → low / proceed.",
} as const satisfies CalibrationCase;
