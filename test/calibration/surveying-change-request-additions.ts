import { quietDeskJob, quietFieldwork } from "./answers";
import type { CalibrationCase } from "./case";

export const surveyingChangeRequestAdditions = {
  id: "surveying-change-request-additions",
  narrative:
    "A Suzhou surveying firm with a Class A qualification is surveying the site of a German machinery maker's new plant in Suzhou for its local subsidiary: topography and a point cloud, kept in China, with CAD plans delivered to the subsidiary. The German parent now asks to receive the raw point cloud in Germany and to send one of its engineers along with the survey crew. No approval of foreign involvement exists.",
  checklistVersion: "2026.4",
  answers: {
    your_company: "Suzhou Gongcheng Surveying Co., Ltd.",
    client_name: "Maschinenbau Rhein GmbH",
    client_country: "DE",
    end_client_declared: "Its Suzhou subsidiary, which will own the plant",
    project_name: "Plant site survey and change request",
    project_description:
      "Topographic survey and laser scan of a 12-hectare plant site in Suzhou; CAD plans for the subsidiary. Change request from the parent: raw point cloud to Germany and its engineer on the crew.",
    work_kinds: ["field_collection_equipment"],
    contract_value: 520000,
    start_date: "2027-02-15",
    end_date: "2027-03-31",
    assessor_name: "Gu Ming",
    assessor_role: "Chief engineer",

    ...quietDeskJob,
    ...quietFieldwork,
    stated_purpose: "technical_services",
    research_subjects_named: "not_applicable",
    scope_additions: ["raw_data_export", "foreign_staff_on_site"],
    barred_activities: ["surveying_mapping"],
    barred_activity_performer: "qualified_domestic_firm",
    data_categories: ["geographic_precise"],
    opaque_format: "no",
    aggregation_at_scale: "no",
    raw_data_required: "no",
    monthly_volume_gb: 40,
    data_controls: ["qualified_surveyor_in_china"],
    network_testing: "no",
    data_destination: "stays_in_china",
    surveying_qualification: "yes",
    foreign_surveying_approval: "no",
  },
  expected: { level: "critical", decision: "decline", reporting: false },
  mustRaise: [
    "raw_data_offshore",
    "client_directs_fieldwork",
    "foreign_party_barred_activity",
    "foreign_surveying_unapproved",
    "geo_high_precision",
  ],
  mustNotRaise: ["key_unknowns"],
  rationale:
    "Issue 26, behaviour 5: the foreign parent's additions (raw export of survey data and a foreign engineer on the crew) turn a lawful, qualified survey into foreign surveying without approval (SML Arts. 8, 51; reference 2.10): `foreign_surveying_unapproved` is prohibitive and the surveying-by-proxy pattern (rule 3 of 4.1) fires → critical / decline. The original scope (qualified domestic firm, data kept in China) is medium on its own: the summary shows it apart, and 'assess without the additions' is among what would change the verdict. No sign of espionage: no reporting.",
} as const satisfies CalibrationCase;
