"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { useRouter } from "@/lib/i18n/navigation";
import { labelled } from "@/lib/i18n/routing";
import type { Answers } from "@/lib/checklist/types";
import type { SummaryView } from "@/lib/summary/summary-view";
import { reassess } from "@/lib/storage";

import { LevelBadge } from "./level-badge";

/** Whether a change is exactly "the original scope, without the additions" (2026.4 on). */
function isWithoutAdditions(view: SummaryView, changes: Answers): boolean {
  return (
    Boolean(view.scopeAdditions) && JSON.stringify(changes) === JSON.stringify(view.scopeAdditions?.changes)
  );
}

type Props = { id: string; view: SummaryView; items: NonNullable<SummaryView["whatWouldChange"]> };

/**
 * What the company itself could change (scope, storage, equipment, approvals…) to bring the level
 * down, each a one-click re-assessment with those answers changed; or, when nothing it controls
 * would (2026.4 on), the client's answers that would, with nothing to re-assess.
 */
export function WhatWouldChange({ id, view, items }: Props) {
  const t = useTranslations("summary");
  const router = useRouter();
  const [failed, setFailed] = useState<string | null>(null);

  async function assessNarrower(changes: (typeof items)[number]["changes"]) {
    try {
      const draft = await reassess(id, changes);
      router.push(`/assess/?id=${draft.id}`);
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <section aria-labelledby="change-title" className="what-would-change" data-testid="what-would-change">
      <h2 id="change-title">{t("changeTitle")}</h2>
      {items.length === 0 ? (
        <p data-change="none">{t("changeNone")}</p>
      ) : (
        <>
          <p className="muted">
            {items.every((item) => item.client) ? t("changeClientLead") : t("changeLead")}
          </p>
          <ol>
            {items.map((item, i) => (
              <li key={i} data-change-level={item.level} className="card">
                <ul>
                  {item.answers.map((a) => (
                    <li key={a.question}>
                      {a.label}
                      <strong>{a.answer}</strong>
                    </li>
                  ))}
                </ul>
                <p>
                  {labelled(t("changeReaches"), view.locale)}
                  <LevelBadge level={item.level} label={item.levelLabel} /> {item.decisionLabel}
                </p>
                {item.client ? null : (
                  <button
                    type="button"
                    className="button button--secondary no-print"
                    onClick={() => void assessNarrower(item.changes)}
                  >
                    {isWithoutAdditions(view, item.changes) ? t("scopeAssess") : t("changeAssess")}
                  </button>
                )}
              </li>
            ))}
          </ol>
          {failed ? (
            <p role="alert" className="error-summary">
              {failed}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
