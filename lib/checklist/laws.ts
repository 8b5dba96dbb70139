// The registry of laws, regulations, standards, published cases and foreign guidance that legal
// references point to. Names are message keys (`laws.<id>`), so both languages come from the
// message files; `kind` decides how a reference is cited (《…》 only for Chinese legal texts).

export type LawKind = "statute" | "standard" | "case" | "guidance";

export const LAWS = {
  dsl: { kind: "statute" },
  cel: { kind: "statute" },
  nsl: { kind: "statute" },
  pipl: { kind: "statute" },
  csl: { kind: "statute" },
  ndsmr: { kind: "statute" },
  cii_regs: { kind: "statute" },
  export_measures_2022: { kind: "statute" },
  cbdf_provisions_2024: { kind: "statute" },
  cac_filing_guide: { kind: "statute" },
  sml: { kind: "statute" },
  surveying_results_regs: { kind: "statute" },
  surveying_secrets_scope: { kind: "statute" },
  automotive_data_rules: { kind: "statute" },
  gbt_43697: { kind: "standard" },
  ecl: { kind: "statute" },
  dual_use_regs: { kind: "statute" },
  afsl: { kind: "statute" },
  uel_provisions: { kind: "statute" },
  ssl: { kind: "statute" },
  criminal_law: { kind: "statute" },
  hgr_regs: { kind: "statute" },
  biosecurity_law: { kind: "statute" },
  meteorology_law: { kind: "statute" },
  foreign_met_measures: { kind: "statute" },
  radio_regs: { kind: "statute" },
  stats_regs: { kind: "statute" },
  mfpl: { kind: "statute" },
  foreign_ngo_law: { kind: "statute" },
  uav_regs: { kind: "statute" },
  case_railway: { kind: "case" },
  case_icv: { kind: "case" },
  case_weather: { kind: "case" },
  case_ais: { kind: "case" },
  case_marine_ngo: { kind: "case" },
  case_crowdsourcing: { kind: "case" },
  case_map_checkin: { kind: "case" },
  case_capvision: { kind: "case" },
  case_mintz: { kind: "case" },
  case_seeds: { kind: "case" },
  case_sanctions_timing: { kind: "case" },
  case_drone: { kind: "case" },
  bis_red_flags: { kind: "guidance" },
  eu_icp_annex2: { kind: "guidance" },
  ofac_framework: { kind: "guidance" },
  fatf_egmont_2018: { kind: "guidance" },
  trusted_research: { kind: "guidance" },
  think_before_you_link: { kind: "guidance" },
} as const satisfies Record<string, { kind: LawKind }>;

export type LawId = keyof typeof LAWS;

export function isLawId(id: string): id is LawId {
  return Object.hasOwn(LAWS, id);
}
