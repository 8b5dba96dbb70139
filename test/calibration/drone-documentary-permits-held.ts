import { quietDeskJob, quietFieldwork, silentChecksOpen } from "./answers";
import type { CalibrationCase } from "./case";

export const droneDocumentaryPermitsHeld = {
  id: "drone-documentary-permits-held",
  narrative:
    "The same tea documentary, filmed in Pu'er away from the border: the production house holds the drone registration and the flight approval for the planned routes, and the tea estates and the town have given filming permission in writing.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Kunming Caiyun Film Production Co., Ltd.",
    client_name: "Theeblad Films B.V.",
    client_country: "NL",
    end_client_declared: "Theeblad Films itself (for broadcast)",
    project_name: "Tea documentary, Pu'er shoot",
    project_description:
      "Eight days of drone and ground filming of tea estates and a town near Pu'er, with flight approval and written filming permissions; edit and deliver the film.",
    work_kinds: ["filming_photography"],
    contract_value: 340000,
    start_date: "2027-05-10",
    end_date: "2027-05-20",
    assessor_name: "Yang Fei",
    assessor_role: "Producer",

    ...quietDeskJob,
    ...quietFieldwork,
    stated_purpose: "media_documentary",
    research_subjects_named: "not_applicable",
    data_categories: ["footage"],
    opaque_format: "no",
    locations_chosen_by: "jointly",
    aerial_capture: "yes",
    collection_controls: ["flight_approvals"],
    filming_permits: "yes",
    export_control_status: "no_goods_or_technology",
  },
  cautious: { ...silentChecksOpen, filming_permits: "unknown" },
  expected: { level: "low", decision: "proceed", reporting: false, approvals: ["flight_filming_permits"] },
  mustRaise: ["drone_or_aerial_capture"],
  mustNotRaise: ["filming_permits_missing", "geo_high_precision", "approval_to_confirm", "key_unknowns"],
  rationale:
    "Issue 26, behaviours 3 and 6: filming with the flight approval and filming permits in hand. `drone_or_aerial_capture` (reference 4 D, elevated) is lowered to informational by the declared flight approvals away from sensitive sites, and the approval is listed as obtained (keep on file, keep current), not as required. Rule 9 → low / proceed.",
} as const satisfies CalibrationCase;
