"use client";

import { useTranslations } from "next-intl";

import { downloadText } from "@/components/history/download";
import { templateCsv } from "@/lib/screening/template";

/** The simple CSV template, with English or Chinese headers, made in the browser. */
export function TemplateDownloads() {
  const t = useTranslations("screening");
  return (
    <section aria-labelledby="template-title">
      <h2 id="template-title">{t("templateTitle")}</h2>
      <p>{t("templateLead")}</p>
      <div className="actions">
        {(["en", "zh"] as const).map((locale) => (
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
            {t(locale === "en" ? "templateEn" : "templateZh")}
          </button>
        ))}
      </div>
    </section>
  );
}
