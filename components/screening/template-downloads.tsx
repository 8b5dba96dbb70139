"use client";

import { useTranslations } from "next-intl";

import { downloadText } from "@/components/history/download";
import { LOCALES, type Locale } from "@/lib/base/locale";
import { templateCsv } from "@/lib/screening/template";

/** Each template's button label (screening.template…). */
const LABEL = { en: "templateEn", zh: "templateZh" } as const satisfies Record<Locale, string>;

/** The simple CSV template, with English or Chinese headers, made in the browser. */
export function TemplateDownloads() {
  const t = useTranslations("screening");
  return (
    <section aria-labelledby="template-title">
      <h2 id="template-title">{t("templateTitle")}</h2>
      <p>{t("templateLead")}</p>
      <div className="actions">
        {LOCALES.map((locale) => (
          <button
            key={locale}
            type="button"
            className="button button--secondary"
            onClick={() =>
              downloadText(
                templateCsv(locale),
                `screening-list-template-${locale}.csv`,
                "text/csv;charset=utf-8",
              )
            }
          >
            {t(LABEL[locale])}
          </button>
        ))}
      </div>
    </section>
  );
}
