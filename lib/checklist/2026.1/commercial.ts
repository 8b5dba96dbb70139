// Section F: commercial terms (reference 4 F). The price is asked relative to the market
// (100 = the usual price): 130 % or more raises the flag as elevated, 150 % or more as high.
import type { FlagDeclaration, Section } from "../types";
import { YES } from "./conditions";

const flags = [
  {
    id: "price_above_market",
    severity: "high",
    mitigations: [{ control: "price_explained", residual: "elevated" }],
    basis: [
      { law: "bis_red_flags" },
      { law: "eu_icp_annex2" },
      { law: "case_railway" },
      { law: "case_capvision" },
    ],
  },
  {
    id: "unusual_payment_route",
    severity: "high",
    mitigations: [{ control: "payment_from_contracting_party", residual: "informational" }],
    basis: [
      { law: "eu_icp_annex2" },
      { law: "ofac_framework" },
      { law: "fatf_egmont_2018" },
      { law: "case_map_checkin" },
    ],
  },
  {
    id: "excessive_secrecy",
    severity: "high",
    mitigations: [{ control: "disclosure_limits_removed", residual: "elevated" }],
    basis: [{ law: "eu_icp_annex2" }, { law: "cel", articles: ["16"] }],
  },
  {
    id: "liability_shifting",
    severity: "elevated",
    mitigations: [{ control: "disclaimers_refused", residual: "informational" }],
    basis: [{ law: "case_capvision" }],
  },
  {
    id: "urgency_pressure",
    severity: "elevated",
    mitigations: [{ control: "full_review_insisted", residual: "informational" }],
    basis: [{ law: "bis_red_flags" }, { law: "think_before_you_link" }],
  },
  {
    id: "free_equipment_or_bounties",
    severity: "high",
    mitigations: [{ control: "equipment_vetted_no_data_leaves", residual: "elevated" }],
    basis: [{ law: "case_ais" }, { law: "case_map_checkin" }],
  },
  {
    id: "referral_after_refusal",
    severity: "prohibitive",
    mitigations: [],
    basis: [{ law: "case_railway" }, { law: "cel", articles: ["54"] }],
  },
  {
    id: "renewal_scope_expansion",
    severity: "elevated",
    mitigations: [
      { control: "full_reassessment_done", residual: "informational" },
      { control: "scope_frozen_in_contract", residual: "informational" },
    ],
    basis: [{ law: "case_railway" }],
  },
] as const satisfies readonly FlagDeclaration[];

export const commercial = {
  id: "commercial",
  flags,
  questions: [
    {
      id: "price_vs_market",
      kind: "number",
      allowUnknown: true,
      integer: true,
      min: 0,
      max: 100_000,
      unit: "percent_of_market",
      raises: [
        { flag: "price_above_market", when: { gte: 130 }, severity: "elevated" },
        { flag: "price_above_market", when: { gte: 150 } },
      ],
      basis: [{ law: "bis_red_flags" }, { law: "eu_icp_annex2" }],
    },
    {
      id: "payment_source",
      kind: "singleChoice",
      allowUnknown: true,
      options: ["contracting_party", "third_party", "offshore_or_personal", "cash_or_crypto"],
      raises: [
        {
          flag: "unusual_payment_route",
          when: { oneOf: ["third_party", "offshore_or_personal", "cash_or_crypto"] },
        },
      ],
      basis: [{ law: "eu_icp_annex2" }, { law: "fatf_egmont_2018" }],
    },
    {
      id: "secrecy_demands",
      kind: "yesNo",
      allowUnknown: true,
      raises: [{ flag: "excessive_secrecy", when: YES }],
      basis: [{ law: "cel", articles: ["16"] }],
    },
    {
      id: "liability_disclaimers",
      kind: "yesNo",
      allowUnknown: true,
      raises: [{ flag: "liability_shifting", when: YES }],
      basis: [{ law: "case_capvision" }],
    },
    {
      id: "pressure_to_start",
      kind: "yesNo",
      allowUnknown: true,
      raises: [{ flag: "urgency_pressure", when: YES }],
      basis: [{ law: "bis_red_flags" }],
    },
    {
      id: "free_equipment_bounties",
      kind: "yesNo",
      allowUnknown: true,
      raises: [{ flag: "free_equipment_or_bounties", when: YES }],
      basis: [{ law: "case_ais" }, { law: "case_map_checkin" }],
    },
    {
      id: "referral_for_fee",
      kind: "yesNo",
      allowUnknown: true,
      raises: [{ flag: "referral_after_refusal", when: YES }],
      basis: [{ law: "case_railway" }, { law: "cel", articles: ["54"] }],
    },
    { id: "is_renewal", kind: "yesNo", allowUnknown: true },
    {
      id: "renewal_new_scope",
      kind: "yesNo",
      allowUnknown: true,
      showWhen: { question: "is_renewal", equals: "yes" },
      raises: [{ flag: "renewal_scope_expansion", when: YES }],
      basis: [{ law: "case_railway" }],
    },
    {
      id: "commercial_controls",
      kind: "multiChoice",
      controls: true,
      allowUnknown: true,
      options: [
        "price_explained",
        "payment_from_contracting_party",
        "disclosure_limits_removed",
        "disclaimers_refused",
        "full_review_insisted",
        "equipment_vetted_no_data_leaves",
        "full_reassessment_done",
        "none",
      ],
    },
  ],
} as const satisfies Section;
