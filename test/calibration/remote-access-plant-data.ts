import { checkedDirectClient, clearedLegal, easyConscience, ordinaryTerms, plainPurpose } from "./answers";
import type { CalibrationCase } from "./case";

export const remoteAccessPlantData = {
  id: "remote-access-plant-data",
  narrative:
    "A German rolling-mill supplier commissions a Tangshan automation integrator, which runs the plant data platform of a large Chinese steel mill, to build a predictive-maintenance model for the mill's hot-strip line. The supplier wants VPN access for its Düsseldorf engineers to the raw process data (about 300 GB a month) to train the model there. The integrator has identified the mill's process data as important data under the industrial catalogue and declared it; the CAC security assessment has not been applied for.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Tangshan Gangxin Automation Co., Ltd.",
    client_name: "Walzwerktechnik Rhein GmbH",
    client_country: "DE",
    end_client_declared: "The client itself, for its service to the steel mill",
    project_name: "Hot-strip line predictive maintenance",
    project_description:
      "Build a predictive-maintenance model for the hot-strip line from the mill's process data; the client's engineers in Germany would train the model over VPN access to the raw data.",
    work_kinds: ["software_data_processing"],
    contract_value: 2400000,
    start_date: "2027-04-01",
    end_date: "2028-03-31",
    assessor_name: "Cao Lei",
    assessor_role: "Data security officer",

    ...checkedDirectClient,

    stated_purpose: "technical_services",
    research_subjects_named: "no",
    ...plainPurpose,
    barred_activities: ["none"],
    research_sectors: ["none"],
    purpose_controls: ["none"],

    data_categories: ["economic_operational"],
    important_data_match: "yes",
    core_data_match: "no",
    aggregation_at_scale: "no",
    raw_data_required: "yes",
    opaque_format: "no",
    monthly_volume_gb: 300,
    data_controls: ["important_data_assessed"],

    network_testing: "no",

    data_destination: "raw_abroad",
    remote_access: "yes",
    deliverable_destination: "handed_over",
    storage_location: "our_servers_china",
    export_route: "security_assessment",
    data_inventory: "yes",
    onward_transfer_limited: "yes",
    contract_data_clauses: "yes",
    transfer_records: "yes",
    transfer_controls: ["none"],

    ...ordinaryTerms,
    ...clearedLegal,
    legal_advice: "not_yet_asked",
    ...easyConscience,
  },
  expected: {
    level: "high",
    decision: "escalate",
    reporting: false,
    approvals: ["cac_security_assessment"],
  },
  mustRaise: [
    "remote_access_request",
    "raw_data_offshore",
    "important_data",
    "cac_assessment_required",
    "raw_data_demanded",
  ],
  mustNotRaise: ["cii_operational_data", "end_client_undisclosed"],
  rationale:
    "Remote access from abroad counts as an outbound transfer (CAC filing guide, reference 4 E `remote_access_request`), and the data is declared important data (4 C; DSL Art. 31, NDSMR Art. 37), whose export needs a CAC security assessment first (2.6, 2.7). Rule 7 of 4.1 (control loss: raw data offshore or remote access with important data) → at least high. It is not critical: the important data is identified, declared and assessed (elevated residual), so the high flags sit in two sections (E and G), not three (rule 8), and nothing is prohibitive. Escalate: no access until the CAC assessment is passed, or train the model in China. No espionage indicator, so no reporting.",
} as const satisfies CalibrationCase;
