import { quietDeskJob, quietFieldwork } from "./answers";
import type { CalibrationCase } from "./case";

export const droneDocumentaryBorderNoPermits = {
  id: "drone-documentary-border-no-permits",
  narrative:
    "A Dutch documentary company hires a Kunming production house to film tea fields and a market town in Xishuangbanna, near the Laos border, with a drone and ground cameras, for a film on tea. The production house would edit and deliver the film. Neither the drone flight approval for the border area nor the filming permits have been applied for.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Kunming Caiyun Film Production Co., Ltd.",
    client_name: "Theeblad Films B.V.",
    client_country: "NL",
    end_client_declared: "Theeblad Films itself (for broadcast)",
    project_name: "Tea documentary, Xishuangbanna shoot",
    project_description:
      "Ten days of drone and ground filming of tea fields and a market town in Xishuangbanna; edit and deliver the film.",
    work_kinds: ["filming_photography"],
    contract_value: 380000,
    start_date: "2027-04-05",
    end_date: "2027-04-20",
    assessor_name: "Yang Fei",
    assessor_role: "Producer",

    ...quietDeskJob,
    ...quietFieldwork,
    stated_purpose: "media_documentary",
    research_subjects_named: "not_applicable",
    data_categories: ["footage"],
    opaque_format: "no",
    locations_chosen_by: "jointly",
    permits_status: "not_filed",
    aerial_capture: "yes",
    filming_permits: "no",
    export_control_status: "no_goods_or_technology",
  },
  expected: { level: "high", decision: "escalate", reporting: false, approvals: ["flight_filming_permits"] },
  mustRaise: ["filming_permits_missing", "drone_or_aerial_capture", "no_filing_or_permit_for_collection"],
  mustNotRaise: [
    "geo_high_precision",
    "foreign_surveying_unapproved",
    "foreign_party_barred_activity",
    "key_unknowns",
  ],
  rationale:
    "Issue 26, behaviour 3: drone footage for a documentary is filming, not surveying (SML Art. 2: surveying is measurement; reference 4 C `geo_high_precision` is coordinates, point clouds, orthophotos). In 2026.3 the reader ticked 'imagery of the ground', which led to unapproved foreign surveying (prohibitive) and espionage reporting. The real issue is the missing flight approval and filming permits in a border area (UAV regulations; reference 4 D `drone_or_aerial_capture`, `no_filing_or_permit_for_collection`): high → escalate (rule 9), with 'obtain them or walk away' instead of reporting, since nothing points to espionage (behaviour 7).",
} as const satisfies CalibrationCase;
