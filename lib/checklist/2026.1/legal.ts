// Section G: legal and permit status (reference 4 G). Approval questions appear only when the
// activity or the data calls for that approval.
import type { Condition, FlagDeclaration, Section } from "../types";
import { DATA_LEAVES_CHINA, NO, YES } from "./conditions";

const barred = (activity: string, category: string): Condition => ({
  any: [
    { question: "barred_activities", includes: activity },
    { question: "data_categories", includes: category },
  ],
});

const flags = [
  {
    id: "surveying_qualification_missing",
    severity: "high",
    mitigations: [{ control: "surveying_qualification_obtained", residual: "informational" }],
    basis: [{ law: "sml", articles: ["27", "29"] }],
  },
  {
    id: "foreign_surveying_unapproved",
    severity: "prohibitive",
    mitigations: [],
    basis: [{ law: "sml", articles: ["8", "51"] }],
  },
  {
    id: "met_detection_unapproved",
    severity: "high",
    mitigations: [{ control: "met_licence_obtained", residual: "informational" }],
    basis: [
      { law: "meteorology_law", articles: ["8", "16"] },
      { law: "foreign_met_measures", unverified: true },
    ],
  },
  {
    id: "radio_foreign_monitoring",
    severity: "prohibitive",
    mitigations: [],
    basis: [{ law: "radio_regs", articles: ["55"] }],
  },
  {
    id: "hgr_unapproved",
    severity: "prohibitive",
    mitigations: [],
    basis: [
      { law: "hgr_regs", articles: ["7", "21", "22"] },
      { law: "biosecurity_law", articles: ["56", "57"] },
    ],
  },
  {
    id: "foreign_stat_survey_unapproved",
    severity: "high",
    mitigations: [{ control: "stat_approval_obtained", residual: "informational" }],
    basis: [{ law: "stats_regs", articles: ["52", "54"] }, { law: "case_mintz" }],
  },
  {
    id: "export_licence_required",
    severity: "high",
    mitigations: [{ control: "export_licence_obtained", residual: "informational" }],
    basis: [{ law: "ecl", articles: ["12"] }],
  },
  {
    id: "cac_assessment_required",
    severity: "high",
    mitigations: [{ control: "cac_assessment_passed", residual: "informational" }],
    basis: [
      { law: "export_measures_2022", articles: ["4"] },
      { law: "cbdf_provisions_2024" },
      { law: "ndsmr", articles: ["37"] },
    ],
  },
  {
    id: "scc_or_certification_required",
    severity: "elevated",
    mitigations: [{ control: "scc_filed_or_certified", residual: "informational" }],
    basis: [{ law: "pipl", articles: ["38"] }, { law: "cbdf_provisions_2024" }],
  },
  {
    id: "national_security_review_possible",
    severity: "high",
    mitigations: [{ control: "authorities_consulted", residual: "elevated" }],
    basis: [
      { law: "dsl", articles: ["24"] },
      { law: "ndsmr", articles: ["13"] },
    ],
  },
  {
    id: "legal_advice_against",
    severity: "prohibitive",
    mitigations: [],
    basis: [{ law: "case_railway" }, { law: "ofac_framework" }],
  },
] as const satisfies readonly FlagDeclaration[];

export const legal = {
  id: "legal",
  flags,
  questions: [
    {
      id: "surveying_qualification",
      kind: "yesNo",
      allowUnknown: true,
      showWhen: barred("surveying_mapping", "geographic_precise"),
      raises: [{ flag: "surveying_qualification_missing", when: NO }],
      basis: [{ law: "sml", articles: ["27", "29"] }],
    },
    {
      id: "foreign_surveying_approval",
      kind: "yesNo",
      allowUnknown: true,
      showWhen: barred("surveying_mapping", "geographic_precise"),
      raises: [{ flag: "foreign_surveying_unapproved", when: NO }],
      basis: [{ law: "sml", articles: ["8"] }],
    },
    {
      id: "met_licence",
      kind: "yesNo",
      allowUnknown: true,
      showWhen: barred("meteorological_detection", "meteorological"),
      raises: [{ flag: "met_detection_unapproved", when: NO }],
      basis: [
        { law: "meteorology_law", articles: ["8", "16"] },
        { law: "foreign_met_measures", unverified: true },
      ],
    },
    {
      id: "hgr_approval",
      kind: "yesNo",
      allowUnknown: true,
      showWhen: barred("hgr_collection", "genetic_biological"),
      raises: [{ flag: "hgr_unapproved", when: NO }],
      basis: [
        { law: "hgr_regs", articles: ["7", "21", "28"] },
        { law: "biosecurity_law", articles: ["56", "57"] },
      ],
    },
    {
      id: "stat_survey_approval",
      kind: "yesNo",
      allowUnknown: true,
      showWhen: { question: "barred_activities", includes: "statistical_survey" },
      raises: [{ flag: "foreign_stat_survey_unapproved", when: NO }],
      basis: [{ law: "stats_regs", articles: ["52"] }],
    },
    {
      id: "export_control_status",
      kind: "singleChoice",
      allowUnknown: true,
      options: ["not_controlled", "licence_held", "licence_needed", "catch_all_concern"],
      raises: [{ flag: "export_licence_required", when: { oneOf: ["licence_needed", "catch_all_concern"] } }],
      basis: [
        { law: "ecl", articles: ["2", "12"] },
        { law: "dsl", articles: ["25"] },
      ],
    },
    {
      id: "company_is_ciio",
      kind: "yesNo",
      allowUnknown: true,
      raises: [
        {
          flag: "cac_assessment_required",
          when: {
            all: [
              YES,
              {
                any: [
                  { question: "pi_exported", equals: "yes" },
                  { all: [{ question: "important_data_match", equals: "yes" }, DATA_LEAVES_CHINA] },
                ],
              },
            ],
          },
        },
      ],
      basis: [
        { law: "csl", articles: ["37"], unverified: true },
        { law: "pipl", articles: ["40"] },
        { law: "cii_regs", articles: ["2"] },
      ],
    },
    {
      id: "national_security_effect",
      kind: "yesNo",
      allowUnknown: true,
      raises: [{ flag: "national_security_review_possible", when: YES }],
      basis: [
        { law: "dsl", articles: ["24"] },
        { law: "ndsmr", articles: ["13"] },
      ],
    },
    {
      id: "legal_advice",
      kind: "singleChoice",
      allowUnknown: true,
      options: ["cleared", "not_yet_asked", "advised_against", "could_not_clear"],
      raises: [{ flag: "legal_advice_against", when: { oneOf: ["advised_against", "could_not_clear"] } }],
      basis: [{ law: "case_railway" }, { law: "ofac_framework" }],
    },
    {
      id: "legal_controls",
      kind: "multiChoice",
      controls: true,
      allowUnknown: true,
      options: [
        "surveying_qualification_obtained",
        "met_licence_obtained",
        "stat_approval_obtained",
        "export_licence_obtained",
        "cac_assessment_passed",
        "scc_filed_or_certified",
        "authorities_consulted",
        "none",
      ],
    },
  ],
} as const satisfies Section;
