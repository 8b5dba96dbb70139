import { getLocale, getTranslations } from "next-intl/server";

import { CURRENT_CHECKLIST_VERSION } from "@/lib/checklist/registry";
import { EXAMPLES, exampleKeys } from "@/lib/examples/examples";
import { loadChecklistText } from "@/lib/i18n/load-checklist-text";
import { Link } from "@/lib/i18n/navigation";
import { isLocale, labelled } from "@/lib/i18n/routing";

import { LevelBadge } from "../summary/level-badge";

/**
 * The worked examples as cards, each a link to its read-only summary. Rendered on the server (the
 * home page, the examples page without an id): the level and decision it claims are checked
 * against the engine by lib/examples/examples.test.ts, so the page needs no engine to show them,
 * and the words for a level and a decision are read here, at build time, from the checklist texts.
 */
export async function ExampleCards({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const t = await getTranslations("examples");
  const locale = await getLocale();
  const language = isLocale(locale) ? locale : "en";
  // The examples are shown on the current checklist, whose words for a level and a decision these are.
  const text = await loadChecklistText(CURRENT_CHECKLIST_VERSION, language);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="example-cards" data-testid="example-cards">
      {EXAMPLES.map((example) => {
        const keys = exampleKeys(example.id);
        return (
          <li key={example.id} className="card example-card" data-example={example.id}>
            <Heading className="example-card__title">
              <Link href={`/examples/?id=${example.id}`}>{t(keys.title)}</Link>
            </Heading>
            <p>{t(keys.description)}</p>
            <p className="example-card__claims" data-level={example.claims.level}>
              {labelled(t("verdict"), locale)}
              <LevelBadge level={example.claims.level} label={text.level(example.claims.level)} />{" "}
              <strong>{text.decision(example.claims.decision)}</strong>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
