"use client";

import { useTranslations } from "next-intl";

import type { Assessment } from "@/lib/assessment/assessment";
import { engagementOf } from "@/lib/assessment/engagement";
import { Link } from "@/lib/i18n/navigation";

/** On the summary: the way to every engagement with the client and the end client (the counterparty page). */
export function SummaryCounterparties({ assessment }: { assessment: Assessment }) {
  const t = useTranslations("register");
  const { client, endClient } = engagementOf(assessment.answers);
  const parties = [
    { role: "client", name: client },
    { role: "end_client", name: endClient },
  ].filter((p): p is { role: string; name: string } => Boolean(p.name?.trim()));
  if (parties.length === 0) return null;
  return (
    <section aria-labelledby="counterparties-title" className="no-print">
      <h2 id="counterparties-title">{t("summaryTitle")}</h2>
      <ul>
        {parties.map(({ role, name }) => (
          <li key={role}>
            <Link href={`/counterparty/#name=${encodeURIComponent(name)}`}>
              {t("counterparty", { name })}
            </Link>{" "}
            ({t(`roles.${role}`)})
          </li>
        ))}
      </ul>
    </section>
  );
}
