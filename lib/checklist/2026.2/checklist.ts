// Checklist 2026.2: 2026.1 with one improvement in section F (commercial.ts): the project's
// expected margin against the company's usual margin; and a project description of up to 10,000
// characters (2026.1: 4,000), because descriptions pasted from a client's brief run longer.
// Everything else — sections, flags, controls, approvals and combination rules — is 2026.1's,
// changed by id, never copied.
import { checklist2026_1 } from "../2026.1/checklist";
import { changeSections, defineChecklist } from "../define";
import { questionsById } from "../conditions";
import type { Question } from "../types";
import { margins } from "./commercial";

const description = questionsById(checklist2026_1).get("project_description");
if (description?.kind !== "longText") throw new Error("2026.1 has no project description");

export const checklist2026_2 = defineChecklist({
  ...checklist2026_1,
  version: "2026.2",
  sections: changeSections(checklist2026_1.sections, [
    { section: "basics", replace: [{ ...description, maxLength: 10_000 } satisfies Question] },
    { section: "commercial", insert: [{ after: "price_vs_market", questions: margins }] },
  ]),
});
