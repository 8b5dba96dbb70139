// Engagement basics: who is assessing which commission. The only required questions; no flags.
import type { Section } from "../types";

export const basics = {
  id: "basics",
  questions: [
    { id: "your_company", kind: "text", required: true, allowUnknown: false, maxLength: 200 },
    { id: "client_name", kind: "text", required: true, allowUnknown: false, maxLength: 200 },
    { id: "client_country", kind: "country", required: true, allowUnknown: true },
    { id: "end_client_declared", kind: "text", allowUnknown: true, maxLength: 200 },
    { id: "project_name", kind: "text", required: true, allowUnknown: false, maxLength: 200 },
    { id: "project_description", kind: "longText", required: true, allowUnknown: false, maxLength: 10000 },
    { id: "contract_value", kind: "number", allowUnknown: true, min: 0, max: 1e12, unit: "cny" },
    { id: "start_date", kind: "date", allowUnknown: true },
    { id: "end_date", kind: "date", allowUnknown: true },
    { id: "assessor_name", kind: "text", required: true, allowUnknown: false, maxLength: 200 },
    { id: "assessor_role", kind: "text", required: true, allowUnknown: false, maxLength: 200 },
  ],
} as const satisfies Section;
