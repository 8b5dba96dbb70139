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

export const hostedFactoryAudit = {
  id: "hosted-factory-audit",
  narrative:
    "A German kitchen-appliance brand asks a Ningbo inspection company to audit two of its own suppliers' factories against its quality manual before a new order. Two auditors spend a day at each plant, hosted by the supplier, walk the lines, review process records and interview the quality managers, and write an audit report with photos the suppliers approved.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Ningbo Jianyan Quality Services Co., Ltd.",
    client_name: "Kuchenwerk GmbH",
    client_country: "DE",
    end_client_declared: "Kuchenwerk itself (supplier quality)",
    project_name: "Supplier quality audits, two plants",
    project_description:
      "One-day hosted quality audits at two suppliers' factories in Cixi: process walk-through, records review, interviews with quality managers; audit report with supplier-approved photos.",
    work_kinds: ["site_visits_hosted"],
    contract_value: 36000,
    start_date: "2027-01-18",
    end_date: "2027-01-29",
    assessor_name: "Wu Jie",
    assessor_role: "Branch manager",

    ...checkedDirectClient,

    stated_purpose: "technical_services",
    research_subjects_named: "yes",
    ...plainPurpose,
    barred_activities: ["none"],
    research_sectors: ["none"],
    purpose_controls: ["none"],

    data_categories: ["general_business"],
    important_data_match: "no",
    core_data_match: "no",
    aggregation_at_scale: "no",
    raw_data_required: "no",
    opaque_format: "no",
    data_controls: ["none"],

    ...peopleCollection,
    ...workProductOnly,
    ...ordinaryTerms,
    ...clearedLegal,
    ...easyConscience,
  },
  cautious: { ...silentChecksOpen },
  expected: { level: "low", decision: "proceed", reporting: false },
  mustRaise: [],
  mustNotRaise: ["client_chosen_locations", "client_specified_equipment", "aggregation_risk", "key_unknowns"],
  rationale:
    "An audit hosted by the subject at its own invitation is not field collection on the client's terms: no equipment, no collection points or routes (reference 4 D), and the supplier decides what is photographed. The data is the suppliers' own process information shared with their customer (general business data, 4 C), and only the audit report leaves. Nothing in sections 1.1–1.9's recurring pattern is present. No flag → rule 9 → low / proceed.",
} as const satisfies CalibrationCase;
