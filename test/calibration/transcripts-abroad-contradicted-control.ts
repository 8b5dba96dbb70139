import { quietDeskJob } from "./answers";
import type { CalibrationCase } from "./case";

export const transcriptsAbroadContradictedControl = {
  id: "transcripts-abroad-contradicted-control",
  narrative:
    "A Singapore e-commerce platform asks a Hangzhou firm to label 20,000 customer-service call transcripts of Chinese customers on the platform's cloud in Singapore. The sales team ticked 'storage is in China, under our control' among the safeguards.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Hangzhou Biaozhu Data Services Co., Ltd.",
    client_name: "ShopLah Pte. Ltd.",
    client_country: "SG",
    end_client_declared: "ShopLah itself",
    project_name: "Transcript labelling",
    project_description:
      "Label 20,000 call transcripts for intent and sentiment, working on the client's cloud in Singapore.",
    work_kinds: ["software_data_processing"],
    contract_value: 300000,
    start_date: "2027-02-01",
    end_date: "2027-04-30",
    assessor_name: "Wu Qing",
    assessor_role: "Sales lead",

    ...quietDeskJob,
    stated_purpose: "software_or_it",
    data_categories: ["personal_info"],
    pi_people_count: 20000,
    pi_sensitive: "no",
    pi_exported: "yes",
    monthly_volume_gb: 5,
    network_testing: "no",
    data_destination: "raw_abroad",
    storage_location: "servers_abroad",
    export_route: "standard_contract",
    transfer_controls: ["domestic_storage_controlled"],
  },
  expected: { level: "high", decision: "escalate", reporting: false },
  mustRaise: ["foreign_or_client_cloud", "raw_data_offshore"],
  mustNotRaise: ["key_unknowns"],
  rationale:
    "Issue 26, behaviour 9: storage on servers abroad and the declared control 'storage is in China, under our control' contradict each other. 2026.3 counted the control and lowered `foreign_or_client_cloud` (reference 4 E, high) to informational; 2026.4 does not count it, and the form says so beside the control. Raw personal data processed abroad stays high: rule 9 → high / escalate.",
} as const satisfies CalibrationCase;
