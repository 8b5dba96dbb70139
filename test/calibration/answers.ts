// Answer blocks that many calibration cases share: what a careful company answers when it has
// checked the point and found nothing. A case spreads a block and overrides what differs; the
// table test still checks that every question the case's answers show is answered.
import type { Answers } from "@/lib/checklist/types";

/** Section A: a client that is its own end user, checked in the registers, met through a formal channel. */
export const checkedDirectClient = {
  end_client_disclosure: "client_is_end_user",
  client_affiliations: ["none"],
  counterparty_signals: ["none"],
  listed_in_china: "no",
  listed_abroad: "no",
  intermediary_chain: "direct",
  first_contact: "formal_channel",
  funder_type: "commercial",
  official_endorsement_claimed: "no",
  identity_controls: ["registry_checks_done"],
} as const satisfies Answers;

/** Section B: a clear, stable purpose the work fits, nothing added to it, no sensitive timing, no foreign authority. */
export const plainPurpose = {
  data_exceeds_purpose: "no",
  purpose_clarity: "clear_and_stable",
  scope_additions: ["none"],
  timing_coincides: "no",
  foreign_authority_involved: "no",
} as const satisfies Answers;

/** Section E: only the company's own work product leaves China, handed over by it; contract and records in order. */
export const workProductOnly = {
  data_destination: "work_product_only",
  remote_access: "no",
  deliverable_destination: "handed_over",
  storage_location: "our_servers_china",
  data_inventory: "yes",
  onward_transfer_limited: "yes",
  contract_data_clauses: "yes",
  transfer_records: "yes",
  transfer_controls: ["none"],
} as const satisfies Answers;

/** Section F: a market price and margin, paid by the client, no secrecy, pressure or bounties. */
export const ordinaryTerms = {
  price_vs_market: 100,
  expected_margin: 18,
  usual_margin: 16,
  payment_source: "contracting_party",
  secrecy_demands: "no",
  liability_disclaimers: "no",
  pressure_to_start: "no",
  free_equipment_bounties: "no",
  referral_for_fee: "no",
  is_renewal: "no",
  commercial_controls: ["none"],
} as const satisfies Answers;

/** Section G, apart from approvals: nothing controlled, not a CIIO, cleared by legal. */
export const clearedLegal = {
  export_control_status: "not_controlled",
  company_is_ciio: "no",
  national_security_effect: "no",
  legal_advice: "cleared",
  legal_controls: ["none"],
} as const satisfies Answers;

/** Section H: no one suspects anything and the company would explain the project to anyone. */
export const easyConscience = {
  suspect_other_motive: "no",
  refused_before: "no",
  comfortable_explaining: "yes",
  told_not_to_ask: "no",
  intuition_controls: ["none"],
} as const satisfies Answers;

/** Collection from people (surveys, interviews, hosted visits): no foreign direction, nothing covert. */
export const peopleCollection = {
  collects_in_china: "yes",
  foreign_direction: "no",
  low_profile_instructions: "no",
  sensitive_interviewees: "no",
  collection_controls: ["none"],
} as const satisfies Answers;

/**
 * What a cautious reader answers where a narrative is silent on the checks and the data's standing:
 * the list checks not yet made, the important-data catalogues and a security effect not looked up,
 * the market price not known (issue 26: a cautious reader's answers, spread over `answers`).
 */
export const silentChecksOpen = {
  listed_in_china: "unknown",
  listed_abroad: "unknown",
  important_data_match: "unknown",
  timing_coincides: "unknown",
  national_security_effect: "unknown",
  price_vs_market: "unknown",
} as const satisfies Answers;

/**
 * A desk job that collects nothing in China and sends nothing but the deliverable, for a checked,
 * direct client (sections A–H without the basics): the base of several cases.
 */
export const quietDeskJob = {
  ...checkedDirectClient,
  stated_purpose: "document_translation",
  research_subjects_named: "not_applicable",
  ...plainPurpose,
  barred_activities: ["none"],
  research_sectors: ["none"],
  purpose_controls: ["none"],
  data_categories: ["client_documents"],
  important_data_match: "no",
  core_data_match: "no",
  aggregation_at_scale: "not_applicable",
  raw_data_required: "not_applicable",
  opaque_format: "not_applicable",
  data_controls: ["none"],
  ...workProductOnly,
  ...ordinaryTerms,
  ...clearedLegal,
  ...easyConscience,
} as const satisfies Answers;

/** Section D for fieldwork with the company's own equipment, at sites it chooses away from sensitive places, filed and done in-house. */
export const quietFieldwork = {
  collects_in_china: "yes",
  equipment_source: "own_equipment",
  client_software: "no",
  locations_chosen_by: "by_us",
  locations_near: ["none"],
  mobile_routes: "no",
  foreign_direction: "no",
  low_profile_instructions: "no",
  auto_upload: "no",
  permits_status: "filed_or_held",
  subcontracting: "no",
  crowdsourcing: "no",
  aerial_capture: "no",
  collection_controls: ["none"],
} as const satisfies Answers;
