"use client";

// The counterparty page's content: the party's confirmed aliases, then every engagement with it in
// this browser (found by the register worker under each of its names), oldest first, with its
// verdict, how it matched, its open conditions and a link to the assessment.
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";

import { TableScroll } from "@/components/ui/table-scroll";
import type { Translate } from "@/lib/base/locale";
import { CURRENT_CHECKLIST_VERSION } from "@/lib/checklist/registry";
import type { ChecklistText } from "@/lib/i18n/checklist-text";
import { loadReadingChecklistText } from "@/lib/i18n/load-checklist-text";
import { Link } from "@/lib/i18n/navigation";
import { formatDate } from "@/lib/i18n/profile";
import { isLocale } from "@/lib/i18n/routing";
import {
  confirmedAliases,
  type CounterpartyEngagement,
  counterpartyEngagements,
} from "@/lib/register/counterparty";
import { engagementDay, verdictText } from "@/lib/register/match-view";
import { createRegisterClient } from "@/lib/register/register-client";
import { listRegisterDecisions } from "@/lib/storage";

/** Engagements looked up per name: a party assessed more often than this is rare. */
const LIMIT = 1000;

type Found = { aliases: string[]; engagements: CounterpartyEngagement[]; text: ChecklistText };

export default function CounterpartyWorkspace({ name }: { name: string }) {
  const t = useTranslations("counterparty");
  const register = useTranslations("register") as unknown as Translate;
  const localeTag = useLocale();
  const locale = isLocale(localeTag) ? localeTag : "en";
  const [found, setFound] = useState<Found | undefined>();
  const [failure, setFailure] = useState<string | undefined>();

  useEffect(() => {
    const client = createRegisterClient();
    let live = true;
    (async () => {
      const decisions = await listRegisterDecisions();
      const aliases = confirmedAliases(name, decisions);
      const names = [name, ...aliases];
      const [result, text] = await Promise.all([
        client.lookup({
          names: names.map((n) => ({ role: "client", name: n })),
          limit: LIMIT,
          refresh: true,
        }),
        loadReadingChecklistText(CURRENT_CHECKLIST_VERSION, locale),
      ]);
      if (live)
        setFound({ aliases, engagements: counterpartyEngagements(names, result.matches, decisions), text });
    })().catch(
      (error: unknown) => live && setFailure(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
      client.dispose();
    };
  }, [name, locale]);

  if (failure) return <p role="alert">{t("failed", { reason: failure })}</p>;
  if (!found) return <p role="status">{t("loading")}</p>;
  const { aliases, engagements, text } = found;
  const words = {
    level: text.level,
    decision: text.decision,
    flag: (slug: string) => text.flag(slug).title,
  };
  return (
    <div data-testid="counterparty">
      <h1>
        {t("title")}: {name}
      </h1>
      <p className="lead">{t("lead")}</p>
      <h2>{t("aliases")}</h2>
      {aliases.length > 0 ? (
        <ul data-testid="counterparty-aliases">
          {aliases.map((alias) => (
            <li key={alias}>{alias}</li>
          ))}
        </ul>
      ) : (
        <p>{t("noAliases")}</p>
      )}
      <h2>{t("over")}</h2>
      <p data-count={engagements.length}>
        {engagements.length === 0 ? t("none") : t("count", { count: engagements.length })}
      </p>
      {engagements.length > 0 ? (
        <TableScroll labelledBy="counterparty-caption">
          <table className="history-table" data-testid="counterparty-engagements">
            <caption id="counterparty-caption" className="visually-hidden">
              {t("engagements")}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("columns.date")}</th>
                <th scope="col">{t("columns.project")}</th>
                <th scope="col">{t("columns.party")}</th>
                <th scope="col">{t("columns.verdict")}</th>
                <th scope="col">{t("columns.match")}</th>
                <th scope="col">{t("columns.conditions")}</th>
                <th scope="col">{t("columns.open")}</th>
              </tr>
            </thead>
            <tbody>
              {engagements.map(({ engagement, party, how, score }) => {
                const open = engagement.openConditions;
                return (
                  <tr
                    key={engagement.assessmentId}
                    data-assessment={engagement.assessmentId}
                    data-match={how}
                  >
                    <td>{formatDate(engagementDay(engagement), locale)}</td>
                    <td>{engagement.project || register("untitled")}</td>
                    <td>
                      {register(`roles.${party.role}`)}: {party.name}
                    </td>
                    <td data-decision={engagement.decision ?? "draft"}>
                      {verdictText(engagement, register, words)}
                    </td>
                    <td>{t(`match.${how}`, { score: Math.round(score * 100) })}</td>
                    <td>{open === undefined ? t("conditionsNotTracked") : open}</td>
                    <td>
                      <Link href={`/summary/?id=${engagement.assessmentId}`}>
                        {t("open")}
                        <span className="visually-hidden"> {engagement.project || register("untitled")}</span>
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </div>
  );
}
