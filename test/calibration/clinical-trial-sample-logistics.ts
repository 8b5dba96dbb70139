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

export const clinicalTrialSampleLogistics = {
  id: "clinical-trial-sample-logistics",
  narrative:
    "A Swiss pharmaceutical sponsor's phase III diabetes trial runs at 14 Chinese hospitals, which hold the HGR approval for the international cooperative trial and do all sample collection. A Shanghai cold-chain logistics firm is asked to carry the blood samples from the hospitals to the central laboratory in Shanghai for two years. Tubes carry only trial subject codes; nothing is exported.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Shanghai Lengyun Medical Logistics Co., Ltd.",
    client_name: "Hellmann Pharma AG",
    client_country: "CH",
    end_client_declared: "Hellmann Pharma itself, sponsor of the trial",
    project_name: "Phase III sample transport, 14 sites",
    project_description:
      "Collect pre-labelled blood sample kits from 14 trial hospitals in eastern China and deliver them at 2–8 °C to the central laboratory in Shanghai within 24 hours; shipment records to the sponsor's CRO in China.",
    work_kinds: ["other"],
    contract_value: 1650000,
    start_date: "2027-03-01",
    end_date: "2029-02-28",
    assessor_name: "Tang Wei",
    assessor_role: "Quality and compliance manager",

    ...checkedDirectClient,

    stated_purpose: "other",
    research_subjects_named: "no",
    ...plainPurpose,
    barred_activities: ["hgr_collection"],
    barred_activity_performer: "qualified_domestic_firm",
    research_sectors: ["none"],
    purpose_controls: ["barred_activity_approved"],

    data_categories: ["genetic_biological", "general_business"],
    important_data_match: "no",
    core_data_match: "no",
    aggregation_at_scale: "no",
    raw_data_required: "not_applicable",
    opaque_format: "no",
    monthly_volume_gb: 1,
    data_controls: ["none"],

    collects_in_china: "no",
    network_testing: "no",

    ...workProductOnly,
    data_destination: "stays_in_china",

    ...ordinaryTerms,
    ...clearedLegal,
    hgr_approval: "yes",
    ...easyConscience,
  },
  cautious: { ...silentChecksOpen },
  expected: {
    level: "medium",
    decision: "proceed_with_conditions",
    reporting: false,
    approvals: ["nhc_hgr_approval"],
  },
  mustRaise: ["genetic_biological"],
  mustNotRaise: [
    "hgr_unapproved",
    "foreign_party_barred_activity",
    "approval_to_confirm",
    "raw_data_offshore",
  ],
  rationale:
    "Human samples are `genetic_biological`, prohibitive *without* NHC approval (reference 4 C, HGR Regs Arts. 7, 21–22, 2.16): approved Chinese-led cooperation is the lawful route, and here the Chinese hospitals hold the approval for the international cooperative trial and the samples stay in China. Issue 12 item 3: qualified domestic party + approval in place → no high flag. Human samples still need conditions (stay within the approved scope, no sample or genetic data leaves China, Art. 28 filing for any information provided abroad), so the flag stays at elevated: medium / proceed with conditions (rule 9), with the NHC approval listed.",
} as const satisfies CalibrationCase;
