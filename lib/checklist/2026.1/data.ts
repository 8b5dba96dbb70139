// Section C: the nature of the data (reference 4 C), with the personal-information thresholds of
// reference 2.6–2.7: 100,000 people (standard contract), 1,000,000 people and 10,000 people's
// sensitive personal information (CAC security assessment).
import type { Condition, FlagDeclaration, Section } from "../types";
import { DATA_LEAVES_CHINA, YES } from "./conditions";

const PI_EXPORTED = { question: "pi_exported", equals: "yes" } as const satisfies Condition;
const NOT_CIIO = { not: { question: "company_is_ciio", equals: "yes" } } as const satisfies Condition;
const HGR_APPROVED = { question: "hgr_approval", equals: "yes" } as const satisfies Condition;
const LICENCE_HELD = {
  question: "export_control_status",
  equals: "licence_held",
} as const satisfies Condition;

const flags = [
  {
    id: "cii_operational_data",
    severity: "prohibitive",
    mitigations: [],
    basis: [
      { law: "cii_regs", articles: ["2", "31"] },
      { law: "dsl", articles: ["21"] },
      { law: "cel", articles: ["4"] },
      { law: "case_railway" },
    ],
  },
  {
    id: "radio_signal_data",
    severity: "prohibitive",
    mitigations: [],
    basis: [{ law: "radio_regs", articles: ["55", "75"] }, { law: "case_railway" }, { law: "case_ais" }],
  },
  {
    id: "geo_high_precision",
    severity: "high",
    mitigations: [{ control: "qualified_surveyor_in_china", residual: "elevated" }],
    basis: [
      { law: "sml", articles: ["2", "8", "27", "34", "47"] },
      { law: "surveying_results_regs", articles: ["18"] },
      { law: "surveying_secrets_scope" },
      { law: "automotive_data_rules", articles: ["3"] },
    ],
  },
  {
    id: "military_sensitive_location",
    severity: "prohibitive",
    mitigations: [],
    basis: [
      { law: "mfpl", articles: ["17"] },
      { law: "ssl", articles: ["40"] },
      { law: "cel", articles: ["21"] },
      { law: "case_weather" },
      { law: "case_drone" },
    ],
  },
  {
    id: "meteorological_data",
    severity: "high",
    mitigations: [{ control: "cma_approvals_held", residual: "elevated" }],
    basis: [
      { law: "meteorology_law", articles: ["8", "16"] },
      { law: "foreign_met_measures", unverified: true },
      { law: "case_weather" },
    ],
  },
  {
    id: "marine_hydro_data",
    severity: "high",
    mitigations: [{ control: "aggregated_results_only", residual: "elevated" }],
    basis: [{ law: "sml", articles: ["8"] }, { law: "radio_regs", articles: ["55"] }, { law: "case_ais" }],
  },
  {
    id: "genetic_biological",
    severity: "prohibitive",
    mitigations: [],
    basis: [
      { law: "hgr_regs", articles: ["7", "21", "22", "28"] },
      { law: "biosecurity_law", articles: ["56", "57", "58"] },
      { law: "criminal_law", articles: ["334-1"] },
      { law: "case_seeds" },
    ],
  },
  {
    id: "important_data",
    severity: "high",
    mitigations: [
      { control: "important_data_assessed", residual: "elevated" },
      { control: "export_approval_obtained", residual: "elevated" },
    ],
    basis: [
      { law: "dsl", articles: ["21", "30", "31"] },
      { law: "ndsmr", articles: ["29", "31", "37", "62(4)"] },
      { law: "gbt_43697" },
    ],
  },
  {
    id: "core_data",
    severity: "prohibitive",
    mitigations: [],
    basis: [{ law: "dsl", articles: ["21", "45"] }],
  },
  {
    id: "state_secret_or_work_secret",
    severity: "prohibitive",
    mitigations: [],
    basis: [
      { law: "ssl", articles: ["5", "13", "37", "64"] },
      { law: "criminal_law", articles: ["111", "282"] },
      { law: "case_capvision" },
    ],
  },
  {
    id: "aggregation_risk",
    severity: "high",
    mitigations: [{ control: "aggregated_results_only", residual: "elevated" }],
    basis: [
      { law: "ssl", articles: ["36"] },
      { law: "ndsmr", articles: ["62(4)"] },
      { law: "case_crowdsourcing" },
    ],
  },
  {
    id: "personal_info_volume",
    severity: "elevated",
    mitigations: [{ control: "pi_compliance_done", residual: "informational" }],
    basis: [{ law: "pipl", articles: ["28", "38", "39", "40", "55"] }, { law: "cbdf_provisions_2024" }],
  },
  {
    id: "economic_operational_data",
    severity: "elevated",
    mitigations: [{ control: "aggregated_results_only", residual: "informational" }],
    basis: [
      { law: "automotive_data_rules", articles: ["3"] },
      { law: "case_weather" },
      { law: "case_crowdsourcing" },
    ],
  },
  {
    id: "controlled_item_or_tech",
    severity: "prohibitive",
    mitigations: [],
    basis: [
      { law: "ecl", articles: ["2", "12"] },
      { law: "dsl", articles: ["25"] },
      { law: "dual_use_regs" },
    ],
  },
  {
    id: "raw_data_demanded",
    severity: "high",
    mitigations: [{ control: "aggregated_results_only", residual: "elevated" }],
    basis: [{ law: "ndsmr", articles: ["31"] }, { law: "case_icv" }],
  },
  {
    id: "opaque_data_format",
    severity: "high",
    mitigations: [{ control: "readable_formats_inspected", residual: "elevated" }],
    basis: [{ law: "case_icv" }],
  },
  {
    id: "large_volume",
    severity: "elevated",
    mitigations: [{ control: "volume_capped", residual: "informational" }],
    basis: [{ law: "ndsmr", articles: ["62(4)"] }, { law: "case_railway" }],
  },
] as const satisfies readonly FlagDeclaration[];

export const data = {
  id: "data",
  flags,
  questions: [
    {
      id: "data_categories",
      kind: "multiChoice",
      allowUnknown: true,
      key: true,
      options: [
        "cii_operations",
        "radio_signals",
        "geographic_precise",
        "meteorological",
        "marine_hydro",
        "genetic_biological",
        "personal_info",
        "economic_operational",
        "state_secret",
        "controlled_tech",
        "client_documents",
        "general_business",
        "none",
      ],
      raises: [
        { flag: "cii_operational_data", when: { includes: "cii_operations" } },
        { flag: "radio_signal_data", when: { includes: "radio_signals" } },
        { flag: "geo_high_precision", when: { includes: "geographic_precise" } },
        { flag: "meteorological_data", when: { includes: "meteorological" } },
        { flag: "marine_hydro_data", when: { includes: "marine_hydro" } },
        {
          flag: "genetic_biological",
          when: { all: [{ includes: "genetic_biological" }, { not: HGR_APPROVED }] },
        },
        {
          flag: "genetic_biological",
          when: { all: [{ includes: "genetic_biological" }, HGR_APPROVED] },
          severity: "high",
        },
        { flag: "economic_operational_data", when: { includes: "economic_operational" } },
        { flag: "state_secret_or_work_secret", when: { includes: "state_secret" } },
        {
          flag: "controlled_item_or_tech",
          when: { all: [{ includes: "controlled_tech" }, { not: LICENCE_HELD }] },
        },
        {
          flag: "controlled_item_or_tech",
          when: { all: [{ includes: "controlled_tech" }, LICENCE_HELD] },
          severity: "elevated",
        },
      ],
      basis: [{ law: "dsl", articles: ["21"] }, { law: "gbt_43697" }],
    },
    {
      id: "pi_people_count",
      kind: "number",
      allowUnknown: true,
      integer: true,
      min: 0,
      max: 2_000_000_000,
      unit: "people",
      showWhen: { question: "data_categories", includes: "personal_info" },
      raises: [
        { flag: "personal_info_volume", when: { gte: 100_000 } },
        { flag: "personal_info_volume", when: { gte: 1_000_000 }, severity: "high" },
        { flag: "cac_assessment_required", when: { all: [{ gt: 1_000_000 }, PI_EXPORTED] } },
        {
          flag: "scc_or_certification_required",
          when: { all: [{ gte: 100_000 }, { lte: 1_000_000 }, PI_EXPORTED, NOT_CIIO] },
        },
      ],
      basis: [{ law: "pipl", articles: ["38", "40"] }, { law: "cbdf_provisions_2024" }],
    },
    {
      id: "pi_sensitive",
      kind: "yesNo",
      allowUnknown: true,
      showWhen: { question: "data_categories", includes: "personal_info" },
      raises: [{ flag: "personal_info_volume", when: YES }],
      basis: [{ law: "pipl", articles: ["28", "55"] }],
    },
    {
      id: "sensitive_pi_people_count",
      kind: "number",
      allowUnknown: true,
      integer: true,
      min: 0,
      max: 2_000_000_000,
      unit: "people",
      // Repeats the parent's condition so visibility holds on raw answers too.
      showWhen: {
        all: [
          { question: "data_categories", includes: "personal_info" },
          { question: "pi_sensitive", equals: "yes" },
        ],
      },
      raises: [
        { flag: "personal_info_volume", when: { gte: 10_000 }, severity: "high" },
        { flag: "cac_assessment_required", when: { all: [{ gt: 10_000 }, PI_EXPORTED] } },
        {
          flag: "scc_or_certification_required",
          when: { all: [{ gte: 1 }, { lte: 10_000 }, PI_EXPORTED, NOT_CIIO] },
        },
      ],
      basis: [{ law: "pipl", articles: ["28", "38"] }, { law: "cbdf_provisions_2024" }],
    },
    {
      id: "pi_exported",
      kind: "yesNo",
      allowUnknown: true,
      showWhen: { question: "data_categories", includes: "personal_info" },
      raises: [{ flag: "personal_info_volume", when: YES }],
      basis: [{ law: "pipl", articles: ["38", "39"] }],
    },
    {
      id: "important_data_match",
      kind: "yesNo",
      allowUnknown: true,
      raises: [
        { flag: "important_data", when: YES },
        { flag: "cac_assessment_required", when: { all: [YES, DATA_LEAVES_CHINA] } },
      ],
      basis: [
        { law: "dsl", articles: ["21", "31"] },
        { law: "ndsmr", articles: ["29", "62(4)"] },
        { law: "gbt_43697" },
      ],
    },
    {
      id: "core_data_match",
      kind: "yesNo",
      allowUnknown: true,
      raises: [{ flag: "core_data", when: YES }],
      basis: [{ law: "dsl", articles: ["21"] }],
    },
    {
      id: "aggregation_at_scale",
      kind: "yesNo",
      allowUnknown: true,
      raises: [{ flag: "aggregation_risk", when: YES }],
      basis: [
        { law: "ssl", articles: ["36"] },
        { law: "ndsmr", articles: ["62(4)"] },
      ],
    },
    {
      id: "raw_data_required",
      kind: "yesNo",
      allowUnknown: true,
      raises: [{ flag: "raw_data_demanded", when: YES }],
      basis: [{ law: "ndsmr", articles: ["31"] }],
    },
    {
      id: "opaque_format",
      kind: "yesNo",
      allowUnknown: true,
      raises: [{ flag: "opaque_data_format", when: YES }],
    },
    {
      id: "monthly_volume_gb",
      kind: "number",
      allowUnknown: true,
      min: 0,
      max: 100_000_000,
      unit: "gb_per_month",
      raises: [
        { flag: "large_volume", when: { gte: 100 } },
        { flag: "large_volume", when: { gte: 1000 }, severity: "high" },
      ],
      basis: [{ law: "ndsmr", articles: ["62(4)"] }],
    },
    {
      id: "data_controls",
      kind: "multiChoice",
      controls: true,
      allowUnknown: true,
      options: [
        "aggregated_results_only",
        "qualified_surveyor_in_china",
        "cma_approvals_held",
        "important_data_assessed",
        "pi_compliance_done",
        "readable_formats_inspected",
        "volume_capped",
        "none",
      ],
    },
  ],
} as const satisfies Section;
