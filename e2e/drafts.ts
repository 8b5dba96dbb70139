// Answers the e2e journeys start drafts from.
import type { Answers } from "@/lib/checklist/types";

/** Engagement basics a new user types for a field study, with the client named. */
export const PORT_STUDY_BASICS = {
  your_company: "Hai Tong Survey Ltd.",
  client_name: "Northwind Data GmbH",
  client_country: "DE",
  project_name: "Port traffic study",
  project_description: "Count container traffic at two ports for a logistics report.",
  work_kinds: ["field_collection_equipment"],
  assessor_name: "Li Hua",
  assessor_role: "Compliance officer",
} as const satisfies Answers;
