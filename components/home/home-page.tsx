import { useTranslations } from "next-intl";

import { ExamplesSection } from "@/components/examples/examples-section";
import { Link } from "@/lib/i18n/navigation";

import { Drafts } from "./drafts";

export function HomePage() {
  const t = useTranslations("home");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <div className="actions">
        <Link className="button" href="/assess/new/">
          {t("start")}
        </Link>
        <Link className="button button--secondary" href="/history/">
          {t("history")}
        </Link>
      </div>
      <p>{t("localOnly")}</p>
      <section aria-labelledby="drafts-title">
        <h2 id="drafts-title">{t("draftsTitle")}</h2>
        <Drafts />
      </section>
      <section className="card prose" aria-labelledby="why-title">
        <h2 id="why-title">{t("caseTitle")}</h2>
        <p>{t("case")}</p>
      </section>
      <ExamplesSection />
    </>
  );
}
