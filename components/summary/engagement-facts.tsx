"use client";

import { useTranslations } from "next-intl";

import type { SummaryView } from "@/lib/summary/summary-view";

import { FingerprintView } from "./fingerprint-view";

/** Who assessed which commission, when, against which checklist version. */
export function EngagementFacts({ view }: { view: SummaryView }) {
  const t = useTranslations("summary");
  return (
    <section aria-labelledby="facts-title" className="facts">
      <h2 id="facts-title">{t("basicsTitle")}</h2>
      <dl className="facts__list">
        {view.facts.map((fact) => (
          <div key={fact.id}>
            <dt>{fact.label}</dt>
            {fact.id === "fingerprint" ? (
              <dd>
                <FingerprintView value={fact.value} />
              </dd>
            ) : (
              <dd {...(fact.id === "checklistVersion" ? { "data-checklist-version": fact.value } : {})}>
                {fact.value}
              </dd>
            )}
          </div>
        ))}
      </dl>
    </section>
  );
}
