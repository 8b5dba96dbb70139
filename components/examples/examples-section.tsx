import { useTranslations } from "next-intl";

import { ExampleCards } from "./example-cards";

/** The home page's entry to the worked examples. */
export function ExamplesSection() {
  const t = useTranslations("examples");
  return (
    <section aria-labelledby="examples-title" className="examples">
      <h2 id="examples-title">{t("title")}</h2>
      <p className="prose">{t("lead")}</p>
      <ExampleCards headingLevel={3} />
    </section>
  );
}
