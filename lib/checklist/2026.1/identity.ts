// Section A: identity of the counterparty and of the end client (reference 4 A).
import type { FlagDeclaration, Section } from "../types";
import { YES } from "./conditions";

const flags = [
  {
    id: "end_client_undisclosed",
    severity: "high",
    mitigations: [{ control: "end_client_verified", residual: "elevated" }],
    basis: [
      { law: "bis_red_flags" },
      { law: "eu_icp_annex2" },
      { law: "ecl", articles: ["15"] },
      { law: "case_railway" },
    ],
  },
  {
    id: "counterparty_unverifiable",
    severity: "elevated",
    mitigations: [{ control: "registry_checks_done", residual: "informational" }],
    basis: [{ law: "bis_red_flags" }, { law: "eu_icp_annex2" }, { law: "fatf_egmont_2018" }],
  },
  {
    id: "end_user_military_intel",
    severity: "high",
    mitigations: [],
    basis: [
      { law: "cel", articles: ["4"] },
      { law: "trusted_research" },
      { law: "case_railway" },
      { law: "case_icv" },
    ],
  },
  {
    id: "counterparty_listed_cn",
    severity: "prohibitive",
    mitigations: [],
    basis: [
      { law: "uel_provisions", articles: ["10"] },
      { law: "afsl", articles: ["6", "11", "14"] },
      { law: "ecl", articles: ["18"] },
      { law: "dual_use_regs", articles: ["26", "27", "28", "29"] },
    ],
  },
  {
    id: "counterparty_foreign_sanctions_exposure",
    severity: "elevated",
    mitigations: [{ control: "sanctions_scope_excluded", residual: "informational" }],
    basis: [{ law: "afsl", articles: ["12"] }, { law: "ofac_framework" }],
  },
  {
    id: "layered_intermediaries",
    severity: "high",
    mitigations: [{ control: "chain_disclosed", residual: "elevated" }],
    basis: [{ law: "sml", articles: ["29"] }, { law: "case_icv" }, { law: "fatf_egmont_2018" }],
  },
  {
    id: "informal_approach",
    severity: "informational",
    mitigations: [{ control: "formal_channel_verified", residual: "informational" }],
    basis: [{ law: "case_railway" }, { law: "case_ais" }, { law: "think_before_you_link" }],
  },
  {
    id: "public_interest_cover",
    severity: "elevated",
    mitigations: [{ control: "ngo_status_checked", residual: "informational" }],
    basis: [{ law: "foreign_ngo_law" }, { law: "cel", articles: ["4"] }, { law: "case_marine_ngo" }],
  },
  {
    id: "claims_official_endorsement",
    severity: "high",
    mitigations: [{ control: "authority_confirmed_in_writing", residual: "elevated" }],
    basis: [{ law: "case_marine_ngo" }],
  },
] as const satisfies readonly FlagDeclaration[];

export const identity = {
  id: "identity",
  flags,
  questions: [
    {
      id: "end_client_disclosure",
      kind: "singleChoice",
      allowUnknown: true,
      key: true,
      options: ["named_in_writing", "named_vaguely", "refused", "client_is_end_user"],
      raises: [{ flag: "end_client_undisclosed", when: { oneOf: ["named_vaguely", "refused"] } }],
      basis: [{ law: "ecl", articles: ["15"] }, { law: "bis_red_flags" }],
    },
    {
      id: "client_affiliations",
      kind: "multiChoice",
      allowUnknown: true,
      options: ["military", "defence_industry", "intelligence_security", "government", "none"],
      raises: [
        {
          flag: "end_user_military_intel",
          when: { includesAny: ["military", "defence_industry", "intelligence_security"] },
        },
      ],
      basis: [{ law: "cel", articles: ["4"] }, { law: "trusted_research" }],
    },
    {
      id: "counterparty_signals",
      kind: "multiChoice",
      allowUnknown: true,
      options: [
        "no_registry_record",
        "recently_incorporated",
        "thin_website",
        "free_email",
        "contacts_third_country",
        "no_track_record",
        "none",
      ],
      raises: [
        {
          flag: "counterparty_unverifiable",
          when: {
            includesAny: [
              "no_registry_record",
              "recently_incorporated",
              "thin_website",
              "free_email",
              "contacts_third_country",
              "no_track_record",
            ],
          },
        },
      ],
      basis: [{ law: "bis_red_flags" }, { law: "fatf_egmont_2018" }],
    },
    {
      id: "listed_in_china",
      kind: "yesNo",
      allowUnknown: true,
      raises: [{ flag: "counterparty_listed_cn", when: YES }],
      basis: [
        { law: "uel_provisions", articles: ["10"] },
        { law: "afsl", articles: ["6", "11"] },
        { law: "ecl", articles: ["18"] },
      ],
    },
    {
      id: "listed_abroad",
      kind: "yesNo",
      allowUnknown: true,
      raises: [{ flag: "counterparty_foreign_sanctions_exposure", when: YES }],
      basis: [{ law: "afsl", articles: ["12"] }],
    },
    {
      id: "intermediary_chain",
      kind: "singleChoice",
      allowUnknown: true,
      options: ["direct", "one_intermediary", "several_layers"],
      raises: [{ flag: "layered_intermediaries", when: { equals: "several_layers" } }],
      basis: [{ law: "sml", articles: ["29"] }, { law: "case_icv" }],
    },
    {
      id: "first_contact",
      kind: "singleChoice",
      allowUnknown: true,
      options: [
        "formal_channel",
        "known_referral",
        "chat_group_or_social",
        "unsolicited_message",
        "recruiter_profile",
      ],
      raises: [
        {
          flag: "informal_approach",
          when: { oneOf: ["chat_group_or_social", "unsolicited_message", "recruiter_profile"] },
        },
      ],
      basis: [{ law: "case_railway" }, { law: "think_before_you_link" }],
    },
    {
      id: "funder_type",
      kind: "singleChoice",
      allowUnknown: true,
      options: ["commercial", "ngo_or_foundation", "university", "public_welfare"],
      raises: [
        {
          flag: "public_interest_cover",
          when: { oneOf: ["ngo_or_foundation", "university", "public_welfare"] },
        },
      ],
      basis: [{ law: "foreign_ngo_law" }],
    },
    {
      id: "official_endorsement_claimed",
      kind: "yesNo",
      allowUnknown: true,
      raises: [{ flag: "claims_official_endorsement", when: YES }],
      basis: [{ law: "case_marine_ngo" }],
    },
    {
      id: "identity_controls",
      kind: "multiChoice",
      controls: true,
      allowUnknown: true,
      options: [
        "end_client_verified",
        "registry_checks_done",
        "chain_disclosed",
        "formal_channel_verified",
        "ngo_status_checked",
        "authority_confirmed_in_writing",
        "sanctions_scope_excluded",
        "none",
      ],
    },
  ],
} as const satisfies Section;
