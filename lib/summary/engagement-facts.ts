// The engagement facts as every reader sees them: the client with its country, the assessor with
// their role, in one language's punctuation. The summary (page and PDF), the letter and the
// compliance register all take them from here, so none of them words a fact its own way.
import { engagementOf } from "@/lib/assessment/engagement";
import type { Locale } from "@/lib/base/locale";
import type { Answers } from "@/lib/checklist/types";
import { countryWithCode } from "@/lib/i18n/countries";
import { joinList } from "@/lib/i18n/profile";
import { parenthesised } from "@/lib/i18n/routing";

export const ENGAGEMENT_FACT_IDS = ["company", "client", "endClient", "project", "assessor"] as const;
export type EngagementFactId = (typeof ENGAGEMENT_FACT_IDS)[number];

/** Each fact's value; absent when not answered (the reader decides how to say so). */
export type EngagementFacts = { readonly [K in EngagementFactId]?: string };

export function engagementFacts(answers: Answers, locale: Locale): EngagementFacts {
  const e = engagementOf(answers);
  // A country without a name still says where the client is.
  const client = joinList(
    [e.client, e.clientCountry && countryWithCode(e.clientCountry, locale)].filter((p): p is string => !!p),
    locale,
  );
  const facts: { [K in EngagementFactId]?: string } = {
    company: e.company,
    client: client || undefined,
    endClient: e.endClient,
    project: e.project,
    assessor: e.assessor
      ? e.assessor + (e.assessorRole ? parenthesised(e.assessorRole, locale) : "")
      : undefined,
  };
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)) as EngagementFacts;
}
