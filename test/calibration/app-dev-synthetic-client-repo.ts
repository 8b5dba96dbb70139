import { quietDeskJob, silentChecksOpen } from "./answers";
import type { CalibrationCase } from "./case";

export const appDevSyntheticClientRepo = {
  id: "app-dev-synthetic-client-repo",
  narrative:
    "A Swedish fleet-telematics firm has a Chengdu software house build the admin screens of its fleet app. It supplies synthetic test data generated in Sweden; the Chengdu team pushes the code to the client's own Git repository every day. No data about China is involved; only code goes to the client.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Chengdu Ruima Software Co., Ltd.",
    client_name: "Flottkoll AB",
    client_country: "SE",
    end_client_declared: "Flottkoll itself",
    project_name: "Fleet app admin screens",
    project_description:
      "Build the admin screens of the client's fleet app in React against the synthetic test data the client supplies; push the code to the client's repository daily.",
    work_kinds: ["software_data_processing"],
    contract_value: 640000,
    start_date: "2027-03-01",
    end_date: "2027-08-31",
    assessor_name: "Deng Wei",
    assessor_role: "Delivery manager",

    ...quietDeskJob,
    stated_purpose: "software_or_it",
    monthly_volume_gb: 1,
    network_testing: "no",
    deliverable_destination: "client_systems",
    storage_location: "no_china_data",
  },
  cautious: { ...silentChecksOpen, deliverable_destination: "unknown", core_data_match: "no" },
  expected: { level: "low", decision: "proceed", reporting: false },
  mustRaise: [],
  mustNotRaise: ["foreign_or_client_cloud", "raw_data_offshore", "remote_access_request", "key_unknowns"],
  rationale:
    "Issue 26, behaviour 1: what the client receives (code pushed to its own repository) is the deliverable, not data collected or produced in China (reference 4 E is about raw data offshore and storage of China data). 2026.3 could only be answered 'on servers the client controls', which raised `foreign_or_client_cloud` (high) and gave escalate. With the deliverable asked apart and 'no such data' for storage, nothing is raised: rule 9 of 4.1 → low / proceed.",
} as const satisfies CalibrationCase;
