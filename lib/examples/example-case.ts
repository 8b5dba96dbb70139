import type { Answers, Decision, Level } from "@/lib/checklist/types";
import type { Locale } from "@/lib/base/locale";

/** The engagement basics a case puts in words: written in each language the app speaks. */
export type CaseWords = {
  readonly your_company: string;
  readonly client_name: string;
  readonly end_client_declared: string;
  readonly project_name: string;
  readonly project_description: string;
  readonly assessor_name: string;
  readonly assessor_role: string;
};

/**
 * A worked example's case: product data of its own (the engine's tests keep their fixtures in
 * test/fixtures/risk/). Its answers are written against one checklist version and shown, and
 * copied, on the current one through the migration chain, so a new checklist version needs no
 * edit here; examples.test.ts checks every claim on the current version.
 */
export interface ExampleCase {
  /** Stable slug, used in the address (/en/examples/?id=railway). */
  readonly id: string;
  /** The checklist version the answers below are written against. */
  readonly answeredOn: string;
  /** The day the case is judged on (YYYY-MM-DD), as the case tells it: before signing. */
  readonly date: string;
  /** What the example's card says the engine decides. */
  readonly claims: { readonly level: Level; readonly decision: Decision };
  /** Every answer that is the same in every language. */
  readonly answers: Answers;
  readonly words: Readonly<Record<Locale, CaseWords>>;
}
