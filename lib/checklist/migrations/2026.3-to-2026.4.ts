// 2026.3 → 2026.4: every 2026.3 question keeps its id, and every answer stays valid, except two
// whose meaning was split into a known and an uncertain answer (issue 26):
// - "Could the data bear on national security…" (core_data_match): 2026.3's "yes" answered "could";
//   it becomes "possibly" (not classified yet), never "identified as core data";
// - data_categories' "is or may be a state or work secret" keeps its option id, which 2026.4 reads as
//   "known to be secret": the assessor is asked to confirm it or choose "may be secret".
// New questions (additions to the scope, where the deliverable goes, flight and filming permits) are
// asked; questions whose options or wording changed in meaning are marked for the assessor to confirm.
import type { Answers } from "../types";

import type { AnswersMigration } from "./migration";

export const migrateAnswers2026_3to2026_4: AnswersMigration = (answers: Answers) => {
  const out: Answers = { ...answers };
  if (out.core_data_match === "yes") out.core_data_match = "possibly";
  const categories = out.data_categories;
  return {
    answers: out,
    newOrChanged: [
      "scope_additions",
      "deliverable_destination",
      "filming_permits",
      "storage_location",
      "funder_type",
      ...(answers.core_data_match === "yes" ? ["core_data_match"] : []),
      ...(Array.isArray(categories) && categories.includes("state_secret") ? ["data_categories"] : []),
    ],
  };
};
