// Checklist 2026.3: calibrated for ordinary work. 2026.2 changed by id (see define.ts):
// - the kind of work (basics) decides what is asked: collection points, equipment, routes, volumes
//   and uploads only for work that collects in the field; "does not apply" where a question can be
//   moot, which is an answer, never "no" and never an open unknown;
// - the client naming the *subject* of research (cities to survey, companies to profile) is not the
//   client choosing *physical* collection points (`client_chosen_locations`);
// - a restricted activity follows who does it and its approval, not its topic: a qualified domestic
//   firm with the approval raises nothing; an unknown approval is a condition to confirm before work
//   starts (and lists the approval); the foreign party doing or directing it stays high;
// - no silent options: proximity to ports, airports, rail, energy, water or telecom sites raises
//   `cii_proximity`, a foreign-government end user raises a flag, and every option that raises
//   nothing is marked benign (definition test);
// - "don't know" on a check the company can make itself before signing (registration, ownership,
//   restriction and sanctions lists) is a condition to check before signing;
// - reporting guidance only on signs of espionage, not on every critical level; and the answers the
//   company controls, for "what would change the verdict";
// - from the calibration set (test/calibration): human samples with the NHC approval in place
//   are elevated, not high, and a mandatory CAC assessment is elevated while it is the planned route.
import { checklist2026_2 } from "../2026.2/checklist";
import { questionsById } from "../conditions";
import { changeSections, defineChecklist } from "../define";
import type { Condition, FlagDeclaration, Question, Rule, Trigger } from "../types";

const WORK_KINDS = [
  "translation_writing",
  "desk_research",
  "interviews_expert_calls",
  "survey_online_phone",
  "site_visits_hosted",
  "field_collection_equipment",
  "install_operate_devices",
  "software_data_processing",
  "other",
] as const;

/** Work that gathers anything in China (from people or places). "Other" and "don't know" are
 *  asked everything: an unknown kind of work is never read as "no collection". */
const GATHERS = {
  question: "work_kinds",
  includesAny: [
    "interviews_expert_calls",
    "survey_online_phone",
    "site_visits_hosted",
    "field_collection_equipment",
    "install_operate_devices",
    "other",
    "unknown",
  ],
} as const satisfies Condition;
/** Work with equipment, devices or vehicles in the field. */
const FIELD = {
  question: "work_kinds",
  includesAny: ["field_collection_equipment", "install_operate_devices", "other", "unknown"],
} as const satisfies Condition;
/** Work with people: interviews, surveys, hosted visits. */
const PEOPLE = {
  question: "work_kinds",
  includesAny: ["interviews_expert_calls", "survey_online_phone", "site_visits_hosted", "other", "unknown"],
} as const satisfies Condition;
/** Work that handles data in volume: field collection, devices, data processing. */
const VOLUME = {
  question: "work_kinds",
  includesAny: [
    "field_collection_equipment",
    "install_operate_devices",
    "software_data_processing",
    "other",
    "unknown",
  ],
} as const satisfies Condition;
const COLLECTS = { question: "collects_in_china", equals: "yes" } as const satisfies Condition;
const FIELD_COLLECTION = { all: [COLLECTS, FIELD] } as const satisfies Condition;
const DONT_KNOW = { equals: "unknown" } as const satisfies Condition;
const ONLY_DONT_KNOW = { includes: "unknown" } as const satisfies Condition;

const BARRED = [
  "surveying_mapping",
  "meteorological_detection",
  "radio_monitoring",
  "hgr_collection",
  "statistical_survey",
];

const previous = questionsById(checklist2026_2);
/** A 2026.2 question's own triggers plus `more`. */
function raisesOf(id: string, ...more: Trigger[]): readonly Trigger[] {
  return [...(previous.get(id)?.raises ?? []), ...more];
}

/** The CAC security assessment chosen as the export route: planned, not yet passed. */
const CAC_ROUTE_PLANNED = {
  question: "export_route",
  equals: "security_assessment",
} as const satisfies Condition;

/**
 * A 2026.2 question's triggers with `cac_assessment_required` elevated, not high, while the CAC
 * security assessment is the route the company has chosen: like an approval still to confirm, it is
 * a condition before any transfer (and stays listed under Required approvals), not a risk of its
 * own. Without a planned route it stays high (and "none planned" raises `no_export_legal_basis`).
 * Calibration case remote-access-plant-data: counted high, the one fact "important data would go
 * abroad" filled a third section and made a planned, lawful route critical by rule 8.
 */
function cacRouteAware(id: string): readonly Trigger[] {
  return (previous.get(id)?.raises ?? []).flatMap((t): Trigger[] =>
    t.flag !== "cac_assessment_required"
      ? [t]
      : [
          { ...t, when: { all: [t.when, { not: CAC_ROUTE_PLANNED }] } },
          { ...t, when: { all: [t.when, CAC_ROUTE_PLANNED] }, severity: "elevated" },
        ],
  );
}

/**
 * Human samples with the NHC approval in place (HGR Regs Arts. 21–22; reference 4 C: prohibitive
 * *without* approval): elevated, a condition to stay within the approved scope, where 2026.1 kept
 * them high. Calibration case clinical-trial-sample-logistics: approved trial logistics escalated.
 */
const dataCategoryTriggers = (previous.get("data_categories")?.raises ?? []).map((t): Trigger =>
  t.flag === "genetic_biological" && t.severity === "high" ? { ...t, severity: "elevated" } : t,
);

function optionsOf(id: string): readonly string[] {
  const q = previous.get(id);
  return q && "options" in q ? q.options : [];
}

const workKinds = {
  id: "work_kinds",
  kind: "multiChoice",
  required: true,
  allowUnknown: true,
  options: WORK_KINDS,
  benign: WORK_KINDS,
} as const satisfies Question;

const researchSubjects = {
  id: "research_subjects_named",
  kind: "yesNo",
  allowUnknown: true,
  benign: ["yes", "no"],
} as const satisfies Question;

const barredPerformer = {
  id: "barred_activity_performer",
  kind: "singleChoice",
  allowUnknown: true,
  showWhen: { question: "barred_activities", includesAny: BARRED },
  options: ["qualified_domestic_firm", "unqualified_domestic_firm", "foreign_party"],
  benign: ["qualified_domestic_firm"],
  raises: [
    {
      flag: "foreign_party_barred_activity",
      when: { oneOf: ["foreign_party", "unqualified_domestic_firm"] },
    },
    { flag: "approval_to_confirm", when: DONT_KNOW },
  ],
  basis: [
    { law: "sml", articles: ["8"] },
    { law: "stats_regs", articles: ["52"] },
  ],
} as const satisfies Question;

const identityFlags = [
  {
    id: "checks_before_signing",
    severity: "elevated",
    mitigations: [],
    basis: [
      { law: "bis_red_flags" },
      { law: "uel_provisions", articles: ["10"] },
      { law: "afsl", articles: ["12"] },
    ],
  },
  {
    id: "end_user_foreign_government",
    severity: "elevated",
    mitigations: [{ control: "end_client_verified", residual: "informational" }],
    basis: [
      { law: "cel", articles: ["4"] },
      { law: "dsl", articles: ["36"] },
    ],
  },
] as const satisfies readonly FlagDeclaration[];

const collectionFlags = [
  {
    id: "cii_proximity",
    severity: "elevated",
    mitigations: [{ control: "independent_siting_review", residual: "informational" }],
    basis: [{ law: "cii_regs", articles: ["2"] }, { law: "case_railway" }, { law: "case_ais" }],
  },
] as const satisfies readonly FlagDeclaration[];

const legalFlags = [
  {
    id: "approval_to_confirm",
    severity: "elevated",
    mitigations: [],
    basis: [
      { law: "stats_regs", articles: ["52"] },
      { law: "sml", articles: ["8", "27"] },
      { law: "meteorology_law", articles: ["8"] },
    ],
  },
] as const satisfies readonly FlagDeclaration[];

/** A "does the approval exist?" question: "no" raises its own flag, "don't know" asks to confirm it. */
const approvalQuestion = (id: string) => ({
  raises: raisesOf(id, { flag: "approval_to_confirm", when: DONT_KNOW }),
  benign: ["yes"],
});

const CII_SITES = ["transport_hub", "energy_water_telecom"];

const sections = changeSections(checklist2026_2.sections, [
  {
    section: "basics",
    insert: [{ after: "project_description", questions: [workKinds] }],
  },
  {
    section: "identity",
    addFlags: identityFlags,
    amend: {
      end_client_disclosure: { benign: ["named_in_writing", "client_is_end_user"] },
      client_affiliations: {
        raises: raisesOf(
          "client_affiliations",
          { flag: "end_user_foreign_government", when: { includes: "government" } },
          { flag: "checks_before_signing", when: ONLY_DONT_KNOW },
        ),
      },
      counterparty_signals: {
        raises: raisesOf("counterparty_signals", { flag: "checks_before_signing", when: ONLY_DONT_KNOW }),
      },
      listed_in_china: {
        raises: raisesOf("listed_in_china", { flag: "checks_before_signing", when: DONT_KNOW }),
        benign: ["no"],
      },
      listed_abroad: {
        raises: raisesOf("listed_abroad", { flag: "checks_before_signing", when: DONT_KNOW }),
        benign: ["no"],
      },
      intermediary_chain: { benign: ["direct", "one_intermediary"] },
      first_contact: { benign: ["formal_channel", "known_referral"] },
      funder_type: { benign: ["commercial"] },
      official_endorsement_claimed: { benign: ["no"] },
    },
  },
  {
    section: "purpose",
    amend: {
      // A description of the purpose; the questions after it judge whether the work fits it.
      stated_purpose: { benign: optionsOf("stated_purpose") },
      data_exceeds_purpose: { benign: ["no"] },
      purpose_clarity: { benign: ["clear_and_stable"] },
      // The topic alone raises nothing: who does it and its approval decide (follow-ups).
      barred_activities: {
        raises: [{ flag: "radio_foreign_monitoring", when: { includes: "radio_monitoring" } }],
        benign: BARRED.filter((a) => a !== "radio_monitoring"),
      },
      timing_coincides: { benign: ["no"] },
      foreign_authority_involved: { benign: ["no"] },
    },
    insert: [
      { after: "stated_purpose", questions: [researchSubjects] },
      { after: "barred_activities", questions: [barredPerformer] },
    ],
  },
  {
    section: "data",
    amend: {
      data_categories: {
        benign: ["personal_info", "client_documents", "general_business"],
        raises: dataCategoryTriggers,
      },
      pi_people_count: { raises: cacRouteAware("pi_people_count") },
      sensitive_pi_people_count: { raises: cacRouteAware("sensitive_pi_people_count") },
      pi_sensitive: { benign: ["no"] },
      pi_exported: { benign: ["no"] },
      important_data_match: { benign: ["no"], raises: cacRouteAware("important_data_match") },
      core_data_match: { benign: ["no"] },
      aggregation_at_scale: { benign: ["no"], allowNotApplicable: true },
      raw_data_required: { benign: ["no"], allowNotApplicable: true },
      opaque_format: { benign: ["no"], allowNotApplicable: true },
      monthly_volume_gb: { showWhen: VOLUME },
    },
  },
  {
    section: "collection",
    addFlags: collectionFlags,
    amend: {
      collects_in_china: { showWhen: GATHERS, benign: ["yes", "no"] },
      equipment_source: { showWhen: FIELD_COLLECTION, benign: ["own_equipment", "no_equipment"] },
      client_software: { showWhen: FIELD_COLLECTION, benign: ["no"] },
      locations_chosen_by: { showWhen: FIELD_COLLECTION, benign: ["by_us", "jointly"] },
      locations_near: {
        showWhen: FIELD_COLLECTION,
        raises: raisesOf(
          "locations_near",
          { flag: "cii_proximity", when: { includesAny: CII_SITES } },
          {
            flag: "cii_proximity",
            when: {
              all: [
                { includesAny: CII_SITES },
                { question: "data_categories", includesAny: ["radio_signals", "cii_operations"] },
              ],
            },
            severity: "high",
          },
        ),
      },
      mobile_routes: { showWhen: FIELD_COLLECTION, benign: ["no"] },
      foreign_direction: { benign: ["no"] },
      low_profile_instructions: { benign: ["no"] },
      auto_upload: { showWhen: FIELD_COLLECTION, benign: ["no"] },
      permits_status: { showWhen: FIELD_COLLECTION, benign: ["filed_or_held", "not_required"] },
      subcontracting: { showWhen: FIELD_COLLECTION, benign: ["no"] },
      crowdsourcing: { showWhen: FIELD_COLLECTION, benign: ["no"] },
      aerial_capture: { showWhen: FIELD_COLLECTION, benign: ["no"] },
      sensitive_interviewees: { showWhen: { all: [COLLECTS, PEOPLE] }, benign: ["no"] },
      network_testing: {
        showWhen: {
          question: "work_kinds",
          includesAny: [
            "field_collection_equipment",
            "install_operate_devices",
            "software_data_processing",
            "other",
          ],
        },
        benign: ["no"],
      },
      cii_authorisation: { benign: ["yes", "no"] },
    },
  },
  {
    section: "transfer",
    amend: {
      data_destination: { benign: ["stays_in_china", "work_product_only"] },
      remote_access: { benign: ["no"] },
      storage_location: { benign: ["our_servers_china", "no_storage"] },
      export_route: {
        benign: ["security_assessment", "standard_contract", "certification", "exemption_applies"],
      },
      data_inventory: { benign: ["yes"], allowNotApplicable: true },
      onward_transfer_limited: { benign: ["yes"], allowNotApplicable: true },
      contract_data_clauses: { benign: ["yes"], allowNotApplicable: true },
      transfer_records: { benign: ["yes"], allowNotApplicable: true },
    },
  },
  {
    section: "commercial",
    amend: {
      payment_source: { benign: ["contracting_party"] },
      secrecy_demands: { benign: ["no"] },
      liability_disclaimers: { benign: ["no"] },
      pressure_to_start: { benign: ["no"] },
      free_equipment_bounties: { benign: ["no"] },
      referral_for_fee: { benign: ["no"] },
      is_renewal: { benign: ["yes", "no"] },
      renewal_new_scope: { benign: ["no"] },
    },
  },
  {
    section: "legal",
    addFlags: legalFlags,
    amend: {
      surveying_qualification: approvalQuestion("surveying_qualification"),
      foreign_surveying_approval: approvalQuestion("foreign_surveying_approval"),
      met_licence: approvalQuestion("met_licence"),
      hgr_approval: approvalQuestion("hgr_approval"),
      stat_survey_approval: approvalQuestion("stat_survey_approval"),
      export_control_status: { benign: ["not_controlled"] },
      company_is_ciio: { benign: ["no"], raises: cacRouteAware("company_is_ciio") },
      national_security_effect: { benign: ["no"] },
      legal_advice: { benign: ["cleared", "not_yet_asked"] },
    },
  },
  {
    section: "intuition",
    amend: {
      suspect_other_motive: { benign: ["no"] },
      refused_before: { benign: ["no"] },
      comfortable_explaining: { benign: ["yes"] },
      told_not_to_ask: { benign: ["no"] },
    },
  },
]);

/** The railway pattern also counts client-driven collection near critical infrastructure as CII exposure. */
const rules = checklist2026_2.rules.map((rule): Rule => {
  if (rule.id !== "railway_pattern" || rule.kind !== "pattern" || !("allOf" in rule.pattern)) return rule;
  const [endUser, cii, clientTerms] = rule.pattern.allOf;
  if (!endUser || !cii || !clientTerms || !("anyOf" in cii))
    throw new Error("2026.2's railway pattern changed");
  return {
    ...rule,
    pattern: { allOf: [endUser, { anyOf: [...cii.anyOf, { flag: "cii_proximity" }] }, clientTerms] },
  };
});

const approvalQuestions: Record<string, readonly string[]> = {
  surveying_qualification: ["surveying_qualification"],
  foreign_surveying_approval: ["foreign_surveying_approval"],
  cma_detection_licence: ["met_licence"],
  nhc_hgr_approval: ["hgr_approval"],
  foreign_stat_survey_approval: ["stat_survey_approval"],
};

export const checklist2026_3 = defineChecklist({
  ...checklist2026_2,
  version: "2026.3",
  sections,
  rules,
  approvals: checklist2026_2.approvals.map((a) =>
    approvalQuestions[a.id] ? { ...a, questions: approvalQuestions[a.id] } : a,
  ),
  espionageIndicators: [
    "end_client_undisclosed",
    "end_user_military_intel",
    "purpose_work_mismatch",
    "excessive_secrecy",
    "client_chosen_locations",
    "mobile_route_collection",
    "previously_refused",
  ],
  proceedConditions: [
    { id: "check_before_signing", flags: ["checks_before_signing"] },
    { id: "confirm_approval_before_start", flags: ["approval_to_confirm"] },
  ],
  companyControlled: [
    {
      question: "data_categories",
      drop: [
        "cii_operations",
        "radio_signals",
        "geographic_precise",
        "meteorological",
        "marine_hydro",
        "genetic_biological",
        "economic_operational",
        "state_secret",
        "controlled_tech",
      ],
    },
    { question: "data_exceeds_purpose", to: "no" },
    { question: "barred_activity_performer", to: "qualified_domestic_firm" },
    { question: "equipment_source", to: "own_equipment" },
    { question: "client_software", to: "no" },
    { question: "locations_chosen_by", to: "by_us" },
    { question: "mobile_routes", to: "no" },
    { question: "foreign_direction", to: "no" },
    { question: "auto_upload", to: "no" },
    { question: "subcontracting", to: "no" },
    { question: "crowdsourcing", to: "no" },
    { question: "permits_status", to: "filed_or_held" },
    { question: "data_destination", to: "stays_in_china" },
    { question: "storage_location", to: "our_servers_china" },
    { question: "remote_access", to: "no" },
    { question: "raw_data_required", to: "no" },
    { question: "export_route", to: "security_assessment" },
    { question: "data_inventory", to: "yes" },
    { question: "contract_data_clauses", to: "yes" },
    { question: "onward_transfer_limited", to: "yes" },
    { question: "surveying_qualification", to: "yes" },
    { question: "foreign_surveying_approval", to: "yes" },
    { question: "met_licence", to: "yes" },
    { question: "hgr_approval", to: "yes" },
    { question: "stat_survey_approval", to: "yes" },
  ],
});
