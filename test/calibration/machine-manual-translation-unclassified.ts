import { quietDeskJob, silentChecksOpen } from "./answers";
import type { CalibrationCase } from "./case";

export const machineManualTranslationUnclassified = {
  id: "machine-manual-translation-unclassified",
  narrative:
    "An Indian machine-tool distributor asks a Wuxi translation agency to translate the service manuals of five-axis machining centres, supplied by their Chinese maker, into English. Nobody has checked whether the manuals' technical data is export-controlled.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Wuxi Yida Translation Co., Ltd.",
    client_name: "Precision Tools India Pvt. Ltd.",
    client_country: "IN",
    end_client_declared: "The distributor itself, for its service engineers",
    project_name: "Machining-centre manuals, ZH→EN",
    project_description:
      "Translate 600 pages of service manuals of five-axis machining centres from Chinese into English.",
    work_kinds: ["translation_writing"],
    contract_value: 120000,
    start_date: "2027-03-01",
    end_date: "2027-04-30",
    assessor_name: "Tang Li",
    assessor_role: "Project manager",

    ...quietDeskJob,
    export_control_status: "not_classified_yet",
  },
  cautious: { ...silentChecksOpen },
  expected: {
    level: "medium",
    decision: "proceed_with_conditions",
    reporting: false,
    conditions: ["classify_before_signing"],
  },
  mustRaise: ["export_classification_pending"],
  mustNotRaise: ["export_licence_required", "controlled_item_or_tech", "key_unknowns"],
  rationale:
    "Issue 26, behaviour 10: 'not classified yet' is the honest answer for technical manuals of machines that may be dual-use (ECL Arts. 2, 12; reference 2.12). 2026.3 offered no such answer. It is a condition (classify before delivery; obtain a licence if controlled), elevated: rule 9 → medium / proceed with conditions.",
} as const satisfies CalibrationCase;
