// Moved to lib/assessment/answer-sources.ts (the assessment record's schema uses it, and
// lib/assessment sits below lib/letter). Kept only for components/checklist/question-field.tsx,
// whose owner re-points its import; import from lib/assessment.
export type { AnswerSource } from "@/lib/assessment/answer-sources";
