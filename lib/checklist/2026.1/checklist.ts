// Checklist 2026.1, assembled from its sections. Released versions are frozen: fix forward in a
// new version folder. The combination rules are those of reference 4.1, in its order.
import { defineChecklist } from "../define";
import type { Approval, Rule, Section } from "../types";
import { basics } from "./basics";
import { collection } from "./collection";
import { commercial } from "./commercial";
import { data } from "./data";
import { identity } from "./identity";
import { intuition } from "./intuition";
import { legal } from "./legal";
import { purpose } from "./purpose";
import { transfer } from "./transfer";

const sections: readonly Section[] = [
  basics,
  identity,
  purpose,
  data,
  collection,
  transfer,
  commercial,
  legal,
  intuition,
];

const approvals = [
  { id: "cac_security_assessment", flags: ["cac_assessment_required", "important_data"] },
  { id: "standard_contract_or_certification", flags: ["scc_or_certification_required"] },
  { id: "pi_consent_and_impact_assessment", flags: ["personal_info_volume"] },
  { id: "important_data_declaration", flags: ["important_data"] },
  {
    id: "surveying_qualification",
    flags: ["surveying_qualification_missing", "geo_high_precision", "subcontract_of_qualified_work"],
  },
  {
    id: "foreign_surveying_approval",
    flags: ["foreign_surveying_unapproved", "geo_high_precision", "client_directs_fieldwork"],
  },
  { id: "cma_detection_licence", flags: ["meteorological_data", "met_detection_unapproved"] },
  { id: "collection_permits", flags: ["no_filing_or_permit_for_collection", "drone_or_aerial_capture"] },
  { id: "nhc_hgr_approval", flags: ["genetic_biological", "hgr_unapproved"] },
  { id: "foreign_stat_survey_approval", flags: ["foreign_stat_survey_unapproved"] },
  { id: "export_licence", flags: ["export_licence_required", "controlled_item_or_tech"] },
  { id: "cii_authorisation", flags: ["cii_testing_requested"] },
  { id: "countermeasure_exception", flags: ["counterparty_listed_cn"] },
  { id: "national_security_review", flags: ["national_security_review_possible"] },
  { id: "foreign_ngo_filing", flags: ["public_interest_cover"] },
] as const satisfies readonly Approval[];

const rules = [
  { id: "prohibitive_flag", kind: "anyResidual", severity: "prohibitive", level: "critical" },
  {
    id: "railway_pattern",
    kind: "pattern",
    level: "critical",
    pattern: {
      allOf: [
        { anyOf: [{ flag: "end_client_undisclosed" }, { flag: "end_user_military_intel" }] },
        { anyOf: [{ flag: "cii_operational_data" }, { flag: "radio_signal_data" }] },
        {
          anyOf: [
            { flag: "client_specified_equipment" },
            { flag: "mobile_route_collection" },
            { flag: "client_chosen_locations" },
          ],
        },
      ],
    },
  },
  {
    // "Surveying" is read from the surveying-specific flags, since rules see flags, not answers.
    id: "surveying_by_proxy",
    kind: "pattern",
    level: "critical",
    pattern: {
      allOf: [
        { flag: "foreign_party_barred_activity" },
        {
          anyOf: [
            { flag: "geo_high_precision" },
            { flag: "foreign_surveying_unapproved" },
            { flag: "surveying_qualification_missing" },
          ],
        },
        { anyOf: [{ flag: "layered_intermediaries" }, { flag: "client_directs_fieldwork" }] },
        { anyOf: [{ flag: "raw_data_offshore" }, { flag: "opaque_data_format" }] },
      ],
    },
  },
  {
    id: "sensor_network",
    kind: "pattern",
    level: "critical",
    pattern: {
      allOf: [
        { anyOf: [{ flag: "client_specified_equipment" }, { flag: "free_equipment_or_bounties" }] },
        { flag: "auto_realtime_upload" },
        {
          anyOf: [
            { flag: "client_chosen_locations" },
            { flag: "meteorological_data" },
            { flag: "marine_hydro_data" },
          ],
        },
      ],
    },
  },
  {
    id: "expert_network",
    kind: "pattern",
    level: "critical",
    pattern: {
      allOf: [
        { flag: "sensitive_sector_research" },
        { flag: "sensitive_personnel_access" },
        {
          anyOf: [
            { flag: "price_above_market" },
            { flag: "liability_shifting" },
            { flag: "end_client_undisclosed" },
          ],
        },
      ],
    },
  },
  {
    id: "cover_story",
    kind: "pattern",
    level: "high",
    pattern: { allOf: [{ flag: "purpose_work_mismatch" }, { flag: "price_above_market" }] },
  },
  {
    id: "control_loss",
    kind: "pattern",
    level: "high",
    pattern: {
      allOf: [
        { anyOf: [{ flag: "raw_data_offshore" }, { flag: "remote_access_request" }] },
        { anyOf: [{ flag: "geo_high_precision" }, { flag: "important_data" }, { flag: "aggregation_risk" }] },
      ],
    },
  },
  {
    id: "three_high_sections",
    kind: "distinctSections",
    atLeastSeverity: "high",
    sections: 3,
    level: "critical",
  },
  { id: "base_severity", kind: "baseSeverity" },
  { id: "key_unknowns", kind: "pattern", level: "medium", pattern: { flag: "key_unknowns" } },
] as const satisfies readonly Rule[];

export const checklist2026_1 = defineChecklist({
  version: "2026.1",
  sections,
  approvals,
  rules,
  reasonPrecedence: [
    "railway_pattern",
    "surveying_by_proxy",
    "sensor_network",
    "expert_network",
    "prohibitive_flag",
    "three_high_sections",
    "cover_story",
    "control_loss",
    "key_unknowns",
    "base_severity",
  ],
  decisionFloors: [{ rule: "key_unknowns", decision: "escalate" }],
  espionageFlags: [
    "suspected_ulterior_motive",
    "covert_instructions",
    "referral_after_refusal",
    "state_secret_or_work_secret",
  ],
});
