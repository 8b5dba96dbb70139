// Worked examples: assessments the app ships with, opened read-only from the home page so that a
// new user can see how a commission is judged before inventing one. Each case is data of its own
// (cases/), in both languages, shown on the current checklist (example-assessment.ts);
// examples.test.ts checks every claim against the engine. Card texts are message keys under
// `examples.cases.<id>` in messages/{en,zh}.json.
import type { Answers } from "@/lib/checklist/types";
import type { Locale } from "@/lib/base/locale";

import { railwayCase } from "./cases/railway";
import { tradeFairCase } from "./cases/trade-fair";
import { translationCase } from "./cases/translation";
import type { ExampleCase } from "./example-case";

export const EXAMPLES = [
  railwayCase,
  tradeFairCase,
  translationCase,
] as const satisfies readonly ExampleCase[];

export type ExampleId = (typeof EXAMPLES)[number]["id"];
export type Example = ExampleCase & { readonly id: ExampleId };

export const EXAMPLE_IDS: readonly ExampleId[] = EXAMPLES.map((e) => e.id);

export function isExampleId(value: unknown): value is ExampleId {
  return typeof value === "string" && (EXAMPLE_IDS as readonly string[]).includes(value);
}

export function getExample(id: string | null | undefined): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}

/** The case's answers, with its words in `locale`, on the version it is written against. */
export function caseAnswers(example: ExampleCase, locale: Locale): Answers {
  return { ...example.answers, ...example.words[locale] };
}

/** The message keys of an example's card (namespace `examples`). */
export function exampleKeys(id: ExampleId) {
  return { title: `cases.${id}.title`, description: `cases.${id}.description` } as const;
}
