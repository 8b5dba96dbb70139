"use client";

// The screening record as the user meets it: the outcome per list question ("No match in lists X
// (as of …)"), each possible match explained with its decision, and — on the summary — the whole
// record (lists with dates and fingerprints, names, matches, decisions and reasons).
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";

import type { Assessment } from "@/lib/assessment/assessment";
import { recordRows } from "@/lib/screening/outcome";
import type { HitDecision, RecordedHit, ScreenedList, ScreeningRecord } from "@/lib/screening/record";

import { HitDetails } from "./hit-details";

export function ScreeningOutcomes({ record }: { record: ScreeningRecord }) {
  const t = useTranslations("screening");
  const rows = recordRows(record);
  return (
    <ul className="screening-outcomes" data-testid="screening-outcomes">
      {rows.outcomes.map(({ scope, outcome, lists }) => (
        <li key={scope} data-scope={scope} data-outcome={outcome}>
          <strong>{t(`scope.${scope}`)}</strong>:{" "}
          {t(`outcome.${outcome}`, {
            lists: lists.map((l) => t("listDated", { name: l.name, date: l.asOf })).join(", "),
          })}
        </li>
      ))}
    </ul>
  );
}

type HitProps = {
  hit: RecordedHit;
  list: ScreenedList | undefined;
  /** Without it the hit is shown read-only (the summary). */
  onDecide?: (decision: HitDecision, reason?: string) => void;
};

export function ScreeningHitItem({ hit, list, onDecide }: HitProps) {
  const t = useTranslations("screening");
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const reasonId = useId();
  const heading = `${t(`roles.${hit.role}`)}: ${hit.name} → ${hit.entryName}`;
  return (
    <li className="hit" data-hit-decision={hit.decision} data-entry={hit.entryName} data-name={hit.name}>
      <h3 className="hit__title">{heading}</h3>
      <p className="hit__decision">
        <strong>{t(`decision.${hit.decision}`)}</strong>
        {hit.decision === "dismissed" && hit.reason
          ? ` — ${t("record.reason", { reason: hit.reason })}`
          : null}
      </p>
      <HitDetails
        hit={hit}
        listName={list ? t("listDated", { name: list.name, date: list.asOf }) : hit.listId}
      />
      {onDecide ? (
        hit.decision === "pending" ? (
          dismissing ? (
            <div className="field">
              <label className="field__label" htmlFor={reasonId}>
                {t("control.reason")}
              </label>
              <textarea
                id={reasonId}
                value={reason}
                maxLength={2000}
                aria-invalid={missing || undefined}
                aria-describedby={missing ? `${reasonId}-error` : undefined}
                onChange={(e) => setReason(e.target.value)}
              />
              {missing ? (
                <p id={`${reasonId}-error`} className="field__error">
                  {t("control.reasonMissing")}
                </p>
              ) : null}
              <div className="actions">
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    if (reason.trim() === "") return setMissing(true);
                    onDecide("dismissed", reason);
                  }}
                >
                  {t("control.saveDismissal")}
                </button>
              </div>
            </div>
          ) : (
            <div className="actions">
              <button
                type="button"
                className="button button--secondary"
                onClick={() => onDecide("confirmed")}
              >
                {t("control.confirm")}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setDismissing(true)}>
                {t("control.dismiss")}
              </button>
            </div>
          )
        ) : (
          <div className="actions">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setDismissing(false);
                setReason("");
                onDecide("pending");
              }}
            >
              {t("control.undo")}
            </button>
          </div>
        )
      ) : null}
    </li>
  );
}

/**
 * The summary's screening section: the frozen record of a completed assessment, or a draft's
 * current record. Renders nothing for an assessment that was never screened.
 */
export function ScreeningRecordView({ assessment }: { assessment: Assessment }) {
  const t = useTranslations("screening");
  const format = useFormatter();
  const [draft, setDraft] = useState<ScreeningRecord | undefined>();
  useEffect(() => {
    if (assessment.screening || assessment.status !== "draft") return;
    void import("@/lib/storage/screening-lists")
      .then((s) => s.getDraftScreening(assessment.id))
      .then(setDraft);
  }, [assessment]);
  const record = assessment.screening ?? draft;
  if (!record) return null;
  const rows = recordRows(record);
  const lists = new Map(record.lists.map((l) => [l.id, l]));
  return (
    <section
      className="screening-record"
      aria-labelledby="screening-record-title"
      data-testid="screening-record"
    >
      <h2 id="screening-record-title">{t("record.title")}</h2>
      <p>
        {t("record.screenedAt", {
          date: format.dateTime(new Date(rows.screenedAt), { dateStyle: "long", timeStyle: "short" }),
        })}
      </p>
      <ScreeningOutcomes record={record} />
      <h3>{t("record.lists")}</h3>
      <ul>
        {rows.lists.map((l) => (
          <li key={l.id}>
            {t("listDated", { name: l.name, date: l.asOf })} · {t(`scope.${l.scope}`)} ·{" "}
            {format.number(l.entityCount)} · <code>{l.sha256.slice(0, 16)}…</code>
          </li>
        ))}
      </ul>
      <h3>{t("record.names")}</h3>
      <ul>
        {rows.names.map((n) => (
          <li key={`${n.role}:${n.name}`}>
            {t(`roles.${n.role}`)}: <strong>{n.name}</strong>
            {n.hits.length === 0 ? ` — ${t("record.noHits")}` : null}
          </li>
        ))}
      </ul>
      {record.hits.length > 0 ? (
        <ul className="hit-list">
          {record.hits.map((hit) => (
            <ScreeningHitItem
              key={`${hit.name}:${hit.listId}:${hit.entryKey}`}
              hit={hit}
              list={lists.get(hit.listId)}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
