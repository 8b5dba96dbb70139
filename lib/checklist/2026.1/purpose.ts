// Section B: the stated purpose against the work actually requested (reference 4 B).
import type { FlagDeclaration, Section } from "../types";
import { YES } from "./conditions";

const BARRED = [
  "surveying_mapping",
  "meteorological_detection",
  "radio_monitoring",
  "hgr_collection",
  "statistical_survey",
] as const;
const SECTORS = [
  "defence_aerospace",
  "rail_transport",
  "energy",
  "telecom",
  "government_policy",
  "sensitive_supply_chain",
] as const;

const flags = [
  {
    id: "purpose_work_mismatch",
    severity: "high",
    mitigations: [{ control: "scope_cut_to_purpose", residual: "elevated" }],
    basis: [
      { law: "bis_red_flags" },
      { law: "dsl", articles: ["32"] },
      { law: "ndsmr", articles: ["31"] },
      { law: "case_railway" },
      { law: "case_icv" },
    ],
  },
  {
    id: "purpose_vague_or_shifting",
    severity: "elevated",
    mitigations: [{ control: "scope_frozen_in_contract", residual: "informational" }],
    basis: [{ law: "bis_red_flags" }, { law: "trusted_research" }],
  },
  {
    id: "foreign_party_barred_activity",
    severity: "high",
    mitigations: [{ control: "barred_activity_approved", residual: "elevated" }],
    basis: [
      { law: "sml", articles: ["8"] },
      { law: "meteorology_law", articles: ["8"] },
      { law: "radio_regs", articles: ["55"] },
      { law: "hgr_regs", articles: ["7"] },
      { law: "stats_regs", articles: ["52"] },
    ],
  },
  {
    id: "sensitive_sector_research",
    severity: "elevated",
    mitigations: [{ control: "public_sources_only", residual: "informational" }],
    basis: [
      { law: "cel", articles: ["4"] },
      { law: "ssl", articles: ["5", "13"] },
      { law: "stats_regs", articles: ["52"] },
      { law: "case_capvision" },
    ],
  },
  {
    id: "sensitive_timing",
    severity: "elevated",
    mitigations: [{ control: "timing_explained", residual: "informational" }],
    basis: [{ law: "case_sanctions_timing" }],
  },
  {
    id: "foreign_authority_request",
    severity: "prohibitive",
    mitigations: [],
    basis: [
      { law: "dsl", articles: ["36", "48"] },
      { law: "pipl", articles: ["41"] },
      { law: "afsl", articles: ["12"] },
    ],
  },
] as const satisfies readonly FlagDeclaration[];

export const purpose = {
  id: "purpose",
  flags,
  questions: [
    {
      id: "stated_purpose",
      kind: "singleChoice",
      allowUnknown: true,
      options: [
        "market_research",
        "technical_services",
        "academic_research",
        "autonomous_driving",
        "environment_or_agriculture",
        "due_diligence",
        "document_translation",
        "software_or_it",
        "other",
      ],
    },
    {
      id: "data_exceeds_purpose",
      kind: "yesNo",
      allowUnknown: true,
      raises: [{ flag: "purpose_work_mismatch", when: YES }],
      basis: [
        { law: "dsl", articles: ["32"] },
        { law: "ndsmr", articles: ["31"] },
      ],
    },
    {
      id: "purpose_clarity",
      kind: "singleChoice",
      allowUnknown: true,
      options: ["clear_and_stable", "vague", "changed"],
      raises: [{ flag: "purpose_vague_or_shifting", when: { oneOf: ["vague", "changed"] } }],
      basis: [{ law: "bis_red_flags" }],
    },
    {
      id: "barred_activities",
      kind: "multiChoice",
      allowUnknown: true,
      options: [...BARRED, "none"],
      raises: [
        { flag: "foreign_party_barred_activity", when: { includesAny: BARRED } },
        { flag: "radio_foreign_monitoring", when: { includes: "radio_monitoring" } },
      ],
      basis: [
        { law: "sml", articles: ["8"] },
        { law: "meteorology_law", articles: ["8"] },
        { law: "radio_regs", articles: ["55"] },
        { law: "hgr_regs", articles: ["7"] },
        { law: "stats_regs", articles: ["52"] },
      ],
    },
    {
      id: "research_sectors",
      kind: "multiChoice",
      allowUnknown: true,
      options: [...SECTORS, "none"],
      raises: [{ flag: "sensitive_sector_research", when: { includesAny: SECTORS } }],
      basis: [
        { law: "cel", articles: ["4"] },
        { law: "stats_regs", articles: ["52"] },
      ],
    },
    {
      id: "timing_coincides",
      kind: "yesNo",
      allowUnknown: true,
      raises: [{ flag: "sensitive_timing", when: YES }],
    },
    {
      id: "foreign_authority_involved",
      kind: "yesNo",
      allowUnknown: true,
      raises: [{ flag: "foreign_authority_request", when: YES }],
      basis: [
        { law: "dsl", articles: ["36"] },
        { law: "pipl", articles: ["41"] },
      ],
    },
    {
      id: "purpose_controls",
      kind: "multiChoice",
      controls: true,
      allowUnknown: true,
      options: [
        "scope_cut_to_purpose",
        "scope_frozen_in_contract",
        "barred_activity_approved",
        "public_sources_only",
        "timing_explained",
        "none",
      ],
    },
  ],
} as const satisfies Section;
