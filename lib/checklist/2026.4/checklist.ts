// Checklist 2026.4: a verdict two honest readers agree on (issue 26). 2026.3 changed by id (see
// define.ts); the numbers are the behaviours:
// 1. what the client receives (code, a translation, a report) is not data about China: where the
//    deliverable goes is its own question and raises nothing, and storage asks only about data
//    collected or produced in or about China;
// 2. no prohibitive flag rests on "may be" or "don't know": "may be secret" and "possibly core
//    data" are a condition to classify before signing; an unknown HGR approval or CII testing
//    authorisation is high, not prohibitive;
// 3. filming and photography are their own kind of work, with flight and filming permits as an
//    approval; surveying data means measurement; foreign-surveying approval is asked only when a
//    foreign party takes part in the surveying;
// 4. an association, chamber or university paying for a service it uses is the client;
//    `public_interest_cover` needs a non-profit funder of collection in China;
// 5. additions to an agreed scope are asked apart, raise their own flags and can be assessed away;
// 6. approvals in hand are listed as obtained;
// 7. reporting only on a strong sign of espionage or two independent weak ones, and otherwise what
//    to do instead, by cause (a listed party, missing permits);
// 8. "what would change the verdict" from medium up, and the counterparty's answers when nothing
//    the company controls changes it;
// 9. declared controls an answer contradicts are not counted;
// 10. the missing options and wordings; 11. no unverified legal basis (verified or dropped), and
//    flags raised by unrelated questions cite the basis of the question that raised them.
import { checklist2026_3 } from "../2026.3/checklist";
import { questionsById } from "../conditions";
import { changeSections, defineChecklist } from "../define";
import type {
  Approval,
  Condition,
  ControlledAnswer,
  FlagDeclaration,
  LegalRef,
  Question,
  Section,
  Trigger,
} from "../types";

const previous = questionsById(checklist2026_3);
function before(id: string): Question {
  const q = previous.get(id);
  if (!q) throw new Error(`2026.3 has no question ${id}`);
  return q;
}
function optionsOf(id: string): readonly string[] {
  const q = before(id);
  return "options" in q ? q.options : [];
}
const triggersOf = (id: string) => before(id).raises ?? [];

/** A 2026.3 flag's declaration (without its assembled section), to replace with changes. */
function declared(id: string): FlagDeclaration {
  const flag = checklist2026_3.flags.find((f) => f.id === id);
  if (!flag) throw new Error(`2026.3 has no flag ${id}`);
  return { severity: flag.severity, id: flag.id, mitigations: flag.mitigations, basis: flag.basis };
}

const DONT_KNOW = { equals: "unknown" } as const satisfies Condition;
const UNRESOLVED = { unresolved: true } as const satisfies Condition;

// --- 10. Work kinds: filming and photography (3), licensing the company's own data. ---------------
const WORK_KINDS = [
  ...optionsOf("work_kinds").filter((k) => k !== "other"),
  "filming_photography",
  "licensing_own_data",
  "other",
];
const workKinds = { ...before("work_kinds"), options: WORK_KINDS, benign: WORK_KINDS } as Question;

/** Work that gathers anything in China (2026.3's list, and filming). */
const GATHERS = {
  question: "work_kinds",
  includesAny: [
    "interviews_expert_calls",
    "survey_online_phone",
    "site_visits_hosted",
    "field_collection_equipment",
    "install_operate_devices",
    "filming_photography",
    "other",
    "unknown",
  ],
} as const satisfies Condition;
/** Work in the field with equipment, devices, vehicles, cameras or drones. */
const FIELD = {
  question: "work_kinds",
  includesAny: [
    "field_collection_equipment",
    "install_operate_devices",
    "filming_photography",
    "other",
    "unknown",
  ],
} as const satisfies Condition;
const COLLECTS = { question: "collects_in_china", equals: "yes" } as const satisfies Condition;
const FIELD_COLLECTION = { all: [COLLECTS, FIELD] } as const satisfies Condition;
/** Work that handles data in volume (2026.3's list, and licensing the company's own data). */
const VOLUME = {
  question: "work_kinds",
  includesAny: [
    "field_collection_equipment",
    "install_operate_devices",
    "software_data_processing",
    "licensing_own_data",
    "other",
    "unknown",
  ],
} as const satisfies Condition;
const FILMING = { question: "work_kinds", includes: "filming_photography" } as const satisfies Condition;

// --- 5. Additions to an agreed scope. ------------------------------------------------------------
const ADDITIONS = [
  "raw_data_export",
  "foreign_staff_on_site",
  "foreign_direction_remote",
  "remote_access_added",
];
const BARRED = [
  "surveying_mapping",
  "meteorological_detection",
  "radio_monitoring",
  "hgr_collection",
  "statistical_survey",
];
const FOREIGN_ADDED = {
  question: "scope_additions",
  includesAny: ["foreign_staff_on_site", "foreign_direction_remote"],
} as const satisfies Condition;
/** Data whose offshore delivery is itself prohibitive (2026.1's list; "may be secret" is not in it). */
const PROHIBITIVE_DATA = {
  any: [
    { question: "data_categories", includesAny: ["cii_operations", "radio_signals", "state_secret"] },
    { question: "core_data_match", equals: "yes" },
  ],
} as const satisfies Condition;
const scopeAdditions = {
  id: "scope_additions",
  kind: "multiChoice",
  allowUnknown: true,
  options: [...ADDITIONS, "none"],
  raises: [
    { flag: "raw_data_offshore", when: { includes: "raw_data_export" } },
    {
      flag: "raw_data_offshore",
      when: { all: [{ includes: "raw_data_export" }, PROHIBITIVE_DATA] },
      severity: "prohibitive",
    },
    {
      flag: "client_directs_fieldwork",
      when: { includesAny: ["foreign_staff_on_site", "foreign_direction_remote"] },
    },
    {
      flag: "foreign_party_barred_activity",
      when: { all: [FOREIGN_ADDED, { question: "barred_activities", includesAny: BARRED }] },
    },
    { flag: "remote_access_request", when: { includes: "remote_access_added" } },
  ],
  basis: [{ law: "sml", articles: ["8"] }, { law: "dsl", articles: ["31"] }, { law: "cac_filing_guide" }],
} as const satisfies Question;

// --- 2. Known vs uncertain. -----------------------------------------------------------------------
const HGR = { question: "hgr_approval" } as const;
const genetic = { includes: "genetic_biological" } as const satisfies Condition;
const dataCategoryTriggers: readonly Trigger[] = [
  ...triggersOf("data_categories").filter((t) => t.flag !== "genetic_biological"),
  // Known to be unapproved: prohibitive (HGR Regs Arts. 21–22). Approved: elevated (2026.3).
  // Not known yet (or not answered yet): high, with the approval to confirm, never prohibitive.
  { flag: "genetic_biological", when: { all: [genetic, { ...HGR, equals: "no" }] } },
  { flag: "genetic_biological", when: { all: [genetic, { ...HGR, equals: "yes" }] }, severity: "elevated" },
  { flag: "genetic_biological", when: { all: [genetic, { ...HGR, ...UNRESOLVED }] }, severity: "high" },
  { flag: "classification_uncertain", when: { includes: "state_secret_possible" } },
];
const DATA_CATEGORIES = [
  ...optionsOf("data_categories").filter(
    (o) => o !== "none" && o !== "client_documents" && o !== "general_business",
  ),
  "state_secret_possible",
  "footage",
  "client_documents",
  "general_business",
  "none",
];
const dataCategories = {
  ...before("data_categories"),
  options: DATA_CATEGORIES,
  raises: dataCategoryTriggers,
  benign: ["personal_info", "client_documents", "general_business", "footage"],
} as Question;

const coreDataMatch = {
  id: "core_data_match",
  kind: "singleChoice",
  allowUnknown: true,
  options: ["yes", "possibly", "no"],
  benign: ["no"],
  raises: [
    { flag: "core_data", when: { equals: "yes" } },
    { flag: "classification_uncertain", when: { equals: "possibly" } },
  ],
  basis: [{ law: "dsl", articles: ["21"] }],
} as const satisfies Question;

const CII_AUTHORISATION = { question: "cii_authorisation" } as const;
const networkTesting = {
  ...before("network_testing"),
  raises: [
    {
      flag: "cii_testing_requested",
      when: { all: [{ equals: "yes" }, { ...CII_AUTHORISATION, equals: "no" }] },
    },
    {
      flag: "cii_testing_requested",
      when: { all: [{ equals: "yes" }, { ...CII_AUTHORISATION, equals: "yes" }] },
      severity: "elevated",
    },
    {
      flag: "cii_testing_requested",
      when: { all: [{ equals: "yes" }, { ...CII_AUTHORISATION, ...UNRESOLVED }] },
      severity: "high",
    },
  ],
} as Question;

/** A condition with every "the CAC assessment is the planned route" read as "planned, or not known yet". */
function routeUnknownAsPlanned(c: Condition): Condition {
  if ("all" in c) return { all: c.all.map(routeUnknownAsPlanned) };
  if ("any" in c) return { any: c.any.map(routeUnknownAsPlanned) };
  if ("not" in c) return { not: routeUnknownAsPlanned(c.not) };
  return "equals" in c && c.question === "export_route" && c.equals === "security_assessment"
    ? { question: "export_route", oneOf: ["security_assessment", "unknown"] }
    : c;
}
/**
 * 2. A required CAC assessment whose route is "don't know" is elevated, like a planned one (a
 * condition before any transfer, the assessment listed), not high: 2026.3 made one unknown route
 * turn escalate into decline (three high sections) in calibration case remote-access-plant-data.
 */
const routeAware = (id: string) => ({
  raises: triggersOf(id).map((t) => ({ ...t, when: routeUnknownAsPlanned(t.when) })),
});

// --- 11. Legal bases: verified or dropped. --------------------------------------------------------
/** An article number the reference could not verify is dropped (the law itself applies); the
 *  foreign-related meteorological measures, which it could not confirm at all, are not cited. */
function verified(refs: readonly LegalRef[] | undefined): LegalRef[] | undefined {
  if (!refs) return undefined;
  return refs.filter((r) => r.law !== "foreign_met_measures").map((r) => (r.unverified ? { law: r.law } : r));
}
function verifiedSection(section: Section): Section {
  return {
    ...section,
    questions: section.questions.map((q) => (q.basis ? ({ ...q, basis: verified(q.basis) } as Question) : q)),
    flags: (section.flags ?? []).map((f) => ({ ...f, basis: verified(f.basis)! })),
  };
}

// --- New flags. ---------------------------------------------------------------------------------
const dataFlags = [
  {
    id: "classification_uncertain",
    severity: "elevated",
    mitigations: [{ control: "classified_by_counsel", residual: "informational" }],
    basis: [
      { law: "ssl", articles: ["13"] },
      { law: "dsl", articles: ["21"] },
    ],
  },
] as const satisfies readonly FlagDeclaration[];

const legalFlags = [
  {
    id: "filming_permits_missing",
    severity: "high",
    mitigations: [{ control: "permits_obtained", residual: "informational" }],
    basis: [{ law: "uav_regs" }, { law: "case_drone" }],
  },
  {
    id: "export_classification_pending",
    severity: "elevated",
    mitigations: [],
    basis: [{ law: "ecl", articles: ["2", "12"] }],
  },
] as const satisfies readonly FlagDeclaration[];

const filmingPermits = {
  id: "filming_permits",
  kind: "yesNo",
  allowUnknown: true,
  showWhen: FILMING,
  benign: ["yes"],
  raises: [
    { flag: "filming_permits_missing", when: { equals: "no" } },
    { flag: "approval_to_confirm", when: DONT_KNOW },
  ],
  basis: [{ law: "uav_regs" }],
} as const satisfies Question;

const deliverableDestination = {
  id: "deliverable_destination",
  kind: "singleChoice",
  allowUnknown: true,
  options: ["client_systems", "handed_over", "no_deliverable"],
  benign: ["client_systems", "handed_over", "no_deliverable"],
} as const satisfies Question;

/** Who is a foreign party in the surveying: the performer, or additions bringing foreign staff or direction. */
const FOREIGN_IN_SURVEYING = {
  all: [
    {
      any: [
        { question: "barred_activities", includes: "surveying_mapping" },
        { question: "data_categories", includes: "geographic_precise" },
      ],
    },
    {
      any: [
        { question: "barred_activity_performer", oneOf: ["foreign_party", "unknown"] },
        FOREIGN_ADDED,
        { question: "foreign_direction", equals: "yes" },
      ],
    },
  ],
} as const satisfies Condition;

const NON_PROFIT_FUNDER = ["ngo_or_foundation", "university", "public_welfare"];

const sections = changeSections(checklist2026_3.sections, [
  { section: "basics", replace: [workKinds] },
  {
    section: "identity",
    // 11. Raised by unrelated questions: cites the basis of the question that raised it.
    replaceFlags: [{ ...declared("checks_before_signing"), basisFromTriggers: true }],
    replace: [
      {
        ...before("end_client_disclosure"),
        options: [...optionsOf("end_client_disclosure"), "parent_or_affiliate_abroad"],
        benign: ["named_in_writing", "client_is_end_user", "parent_or_affiliate_abroad"],
      } as Question,
      {
        ...before("first_contact"),
        options: [...optionsOf("first_contact"), "intermediary_unnamed_client"],
        raises: [
          ...triggersOf("first_contact"),
          {
            flag: "layered_intermediaries",
            when: { equals: "intermediary_unnamed_client" },
            severity: "elevated",
          },
        ],
      } as Question,
      {
        ...before("funder_type"),
        options: ["commercial", "association_or_institution", ...NON_PROFIT_FUNDER],
        benign: ["commercial", "association_or_institution"],
        // 4. A non-profit paying for a service it uses is a client; the cover is funding collection.
        raises: [{ flag: "public_interest_cover", when: { all: [{ oneOf: NON_PROFIT_FUNDER }, GATHERS] } }],
      } as Question,
    ],
  },
  {
    section: "purpose",
    amend: {
      // 10. Moot for translation, software, interpreting or filming work: "does not apply".
      research_subjects_named: { allowNotApplicable: true },
      // 11. Its "don't know" asks to confirm the approval of whichever activity it is: it cites them all.
      barred_activity_performer: { basis: declared("foreign_party_barred_activity").basis },
    },
    replace: [
      {
        ...before("stated_purpose"),
        options: [
          ...optionsOf("stated_purpose").filter((o) => o !== "other"),
          "media_documentary",
          "logistics",
          "other",
        ],
        benign: [...optionsOf("stated_purpose"), "media_documentary", "logistics"],
      } as Question,
      {
        ...before("research_sectors"),
        options: [
          ...optionsOf("research_sectors").filter((o) => o !== "none"),
          "shipbuilding_maritime",
          "none",
        ],
        raises: [
          {
            flag: "sensitive_sector_research",
            when: {
              includesAny: [
                ...optionsOf("research_sectors").filter((o) => o !== "none"),
                "shipbuilding_maritime",
              ],
            },
          },
        ],
        allowNotApplicable: true,
      } as Question,
    ],
    insert: [{ after: "purpose_clarity", questions: [scopeAdditions] }],
  },
  {
    section: "data",
    addFlags: dataFlags,
    replace: [dataCategories, coreDataMatch],
    amend: {
      monthly_volume_gb: { showWhen: VOLUME },
      pi_people_count: routeAware("pi_people_count"),
      sensitive_pi_people_count: routeAware("sensitive_pi_people_count"),
      important_data_match: routeAware("important_data_match"),
    },
  },
  {
    section: "collection",
    amend: Object.fromEntries([
      ["collects_in_china", { showWhen: GATHERS }],
      ...[
        "equipment_source",
        "client_software",
        "locations_chosen_by",
        "locations_near",
        "mobile_routes",
        "auto_upload",
        "permits_status",
        "subcontracting",
        "crowdsourcing",
        "aerial_capture",
      ].map((id) => [id, { showWhen: FIELD_COLLECTION }]),
    ]),
    replace: [networkTesting],
  },
  {
    section: "transfer",
    insert: [{ after: "remote_access", questions: [deliverableDestination] }],
    replace: [
      {
        ...before("storage_location"),
        options: [...optionsOf("storage_location"), "no_china_data"],
        benign: ["our_servers_china", "no_storage", "no_china_data"],
      } as Question,
      {
        ...before("export_route"),
        options: [
          ...optionsOf("export_route").filter((o) => o !== "none_planned"),
          "no_route_needed",
          "none_planned",
        ],
        benign: [...(before("export_route").benign ?? []), "no_route_needed"],
      } as Question,
    ],
  },
  {
    section: "legal",
    addFlags: legalFlags,
    amend: {
      foreign_surveying_approval: { showWhen: FOREIGN_IN_SURVEYING },
      company_is_ciio: routeAware("company_is_ciio"),
    },
    // 11. Raised by unrelated questions: cites the basis of the question that raised it.
    replaceFlags: [{ ...declared("approval_to_confirm"), basisFromTriggers: true }],
    replace: [
      {
        ...before("export_control_status"),
        options: [...optionsOf("export_control_status"), "not_classified_yet", "no_goods_or_technology"],
        benign: ["not_controlled", "no_goods_or_technology"],
        raises: [
          ...triggersOf("export_control_status"),
          { flag: "export_classification_pending", when: { equals: "not_classified_yet" } },
        ],
      } as Question,
    ],
    insert: [{ after: "stat_survey_approval", questions: [filmingPermits] }],
  },
]).map(verifiedSection);

// The controls question of section C gains "classified by counsel" (2: the condition on "may be").
const withClassification = sections.map((section) =>
  section.id !== "data"
    ? section
    : {
        ...section,
        questions: section.questions.map((q) =>
          q.id === "data_controls" && q.kind === "multiChoice"
            ? ({
                ...q,
                options: [...q.options.filter((o) => o !== "none"), "classified_by_counsel", "none"],
              } as Question)
            : q,
        ),
      },
);

const approvals: readonly Approval[] = [
  ...checklist2026_3.approvals.map((a): Approval => {
    const obtained: Record<string, Condition> = {
      surveying_qualification: { question: "surveying_qualification", equals: "yes" },
      foreign_surveying_approval: { question: "foreign_surveying_approval", equals: "yes" },
      cma_detection_licence: { question: "met_licence", equals: "yes" },
      nhc_hgr_approval: { question: "hgr_approval", equals: "yes" },
      foreign_stat_survey_approval: { question: "stat_survey_approval", equals: "yes" },
      collection_permits: { question: "permits_status", equals: "filed_or_held" },
      cii_authorisation: { question: "cii_authorisation", equals: "yes" },
      export_licence: { question: "export_control_status", equals: "licence_held" },
    };
    // 3. Foreign-surveying approval is for surveying with a foreign party, not for surveying data.
    const flags = a.id === "foreign_surveying_approval" ? ["foreign_surveying_unapproved"] : a.flags;
    return { ...a, flags, ...(obtained[a.id] ? { obtainedWhen: obtained[a.id] } : {}) };
  }),
  {
    id: "flight_filming_permits",
    flags: ["filming_permits_missing", "drone_or_aerial_capture"],
    questions: ["filming_permits"],
    obtainedWhen: { question: "filming_permits", equals: "yes" },
  },
];

const companyControlled: readonly ControlledAnswer[] = [
  // 5. Assess without the additions: first, so it is found alone.
  { question: "scope_additions", drop: ADDITIONS },
  ...(checklist2026_3.companyControlled ?? []).map((c) =>
    c.question === "data_categories" && "drop" in c
      ? { ...c, drop: [...c.drop, "state_secret_possible"] }
      : c,
  ),
  { question: "core_data_match", to: "no" },
  // The sectors researched are the company's scope to accept or narrow, like the data categories.
  {
    question: "research_sectors",
    drop: optionsOf("research_sectors")
      .filter((o) => o !== "none")
      .concat("shipbuilding_maritime"),
  },
  { question: "filming_permits", to: "yes" },
  { question: "storage_location", to: "our_servers_china" },
  { question: "export_control_status", to: "not_controlled" },
].filter((c, i, all) => all.findIndex((x) => x.question === c.question) === i);

/** 8. What only the counterparty (or a check of it) decides, said when nothing the company controls would. */
const counterpartyAnswers: readonly ControlledAnswer[] = [
  { question: "end_client_disclosure", to: "named_in_writing" },
  {
    question: "client_affiliations",
    drop: ["military", "defence_industry", "intelligence_security", "government", "unknown"],
  },
  {
    question: "counterparty_signals",
    drop: [...optionsOf("counterparty_signals").filter((o) => o !== "none"), "unknown"],
  },
  { question: "listed_in_china", to: "no" },
  { question: "listed_abroad", to: "no" },
  { question: "intermediary_chain", to: "direct" },
  { question: "first_contact", to: "formal_channel" },
  { question: "official_endorsement_claimed", to: "no" },
  { question: "purpose_clarity", to: "clear_and_stable" },
  { question: "foreign_authority_involved", to: "no" },
  { question: "payment_source", to: "contracting_party" },
  { question: "secrecy_demands", to: "no" },
  { question: "liability_disclaimers", to: "no" },
  { question: "pressure_to_start", to: "no" },
  { question: "free_equipment_bounties", to: "no" },
  { question: "referral_for_fee", to: "no" },
];

export const checklist2026_4 = defineChecklist({
  ...checklist2026_3,
  version: "2026.4",
  sections: withClassification,
  approvals,
  proceedConditions: [
    ...(checklist2026_3.proceedConditions ?? []),
    { id: "classify_before_signing", flags: ["classification_uncertain", "export_classification_pending"] },
  ],
  reportingSigns: {
    strong: [
      "covert_instructions",
      "end_user_military_intel",
      "suspected_ulterior_motive",
      "referral_after_refusal",
      "state_secret_or_work_secret",
    ],
    weak: [
      "end_client_undisclosed",
      "purpose_work_mismatch",
      "excessive_secrecy",
      "client_chosen_locations",
      "mobile_route_collection",
      "client_specified_equipment",
      // Free equipment or bounties for data: the bait of the AIS and map check-in cases.
      "free_equipment_or_bounties",
      "previously_refused",
      "self_blinding",
      "would_not_explain_to_authorities",
    ],
  },
  insteadOfReporting: [
    { id: "listed", flags: ["counterparty_listed_cn", "counterparty_foreign_sanctions_exposure"] },
    {
      id: "permits",
      flags: [
        "no_filing_or_permit_for_collection",
        "filming_permits_missing",
        "surveying_qualification_missing",
        "foreign_surveying_unapproved",
        "met_detection_unapproved",
        "hgr_unapproved",
        "foreign_stat_survey_unapproved",
        "export_licence_required",
        "cii_testing_requested",
      ],
    },
  ],
  whatWouldChangeFrom: "medium",
  companyControlled,
  counterpartyAnswers,
  contradictions: [
    {
      control: "domestic_storage_controlled",
      when: { question: "storage_location", oneOf: ["client_or_vendor_servers", "servers_abroad"] },
    },
    {
      control: "data_stays_in_china",
      when: {
        any: [
          { question: "storage_location", oneOf: ["client_or_vendor_servers", "servers_abroad"] },
          { question: "data_destination", equals: "raw_abroad" },
          { question: "scope_additions", includes: "raw_data_export" },
        ],
      },
    },
    { control: "in_house_only", when: { question: "subcontracting", equals: "yes" } },
    {
      control: "own_vetted_equipment",
      when: { question: "equipment_source", oneOf: ["client_specified", "client_supplied"] },
    },
  ],
  scopeAdditions: "scope_additions",
});
