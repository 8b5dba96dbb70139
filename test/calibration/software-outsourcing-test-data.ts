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

export const softwareOutsourcingTestData = {
  id: "software-outsourcing-test-data",
  narrative:
    "A Finnish logistics-software vendor outsources the rewrite of its route-planning module's reporting screens to a Dalian software house. The vendor supplies the specification and a synthetic test data set it generated in Finland; the code is delivered to the vendor's repository every sprint. The Dalian team works on its own machines in its own office.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Dalian Haixin Software Co., Ltd.",
    client_name: "Reittiö Oy",
    client_country: "FI",
    end_client_declared: "Reittiö itself",
    project_name: "Reporting screens rewrite",
    project_description:
      "Rewrite the reporting screens of the client's route-planning product in TypeScript; test against the synthetic data set the client supplies; deliver code each sprint.",
    work_kinds: ["software_data_processing"],
    contract_value: 980000,
    start_date: "2027-02-01",
    end_date: "2027-07-30",
    assessor_name: "Sun Hao",
    assessor_role: "Delivery director",

    ...checkedDirectClient,

    stated_purpose: "software_or_it",
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
    monthly_volume_gb: 2,
    data_controls: ["none"],

    network_testing: "no",

    ...workProductOnly,
    ...ordinaryTerms,
    ...clearedLegal,
    ...easyConscience,
  },
  cautious: { ...silentChecksOpen, deliverable_destination: "unknown" },
  expected: { level: "low", decision: "proceed", reporting: false },
  mustRaise: [],
  mustNotRaise: ["remote_access_request", "raw_data_offshore", "large_volume", "key_unknowns"],
  rationale:
    "Processing data the client itself supplies (synthetic, generated abroad) collects nothing in China; only the company's code leaves (reference 4 E: no raw data offshore, no remote access to the company's systems, storage on its own systems). 2 GB a month is far below the `large_volume` scale of the railway case (500 GB/month, section 0). Deliverable code is ordinary application code, not controlled technology (2.12). No flag → rule 9 → low / proceed.",
} as const satisfies CalibrationCase;
