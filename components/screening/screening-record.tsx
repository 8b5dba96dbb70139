"use client";

// The screening record as the user meets it: the outcome per list question ("No match in lists X
// (as of …)"), each possible match explained with its decision, and — on the summary — the whole
// record (lists with dates and fingerprints, names, matches, decisions and reasons). Every word is
// put together by lib/screening/record-view.ts; the summary's part comes with its view model.
import { useLocale, useTranslations } from "next-intl";
import { type ReactNode, useEffect, useId, useState } from "react";

import type { Assessment } from "@/lib/assessment/assessment";
import type { Locale, Translate } from "@/lib/base/locale";
import { isLocale } from "@/lib/i18n/routing";
import type { HitDecision, ScreeningRecord } from "@/lib/screening/record";
import type { ScreeningHitView, ScreeningOutcomeLine, ScreeningView } from "@/lib/screening/record-view";
import { getDraftScreening } from "@/lib/storage";

import { HitDetails } from "./hit-details";

/** The `screening` texts and the page's language, for the pure builders of record-view.ts. */
export function useScreeningWords(): { t: Translate; locale: Locale } {
  const t = useTranslations("screening");
  const locale = useLocale();
  return { t: t as unknown as Translate, locale: isLocale(locale) ? locale : "en" };
}

/**
 * The record a summary shows: a completed assessment's frozen one, or a draft's current one
 * (kept in its own store until completion); undefined when it was never screened.
 */
export function useScreeningRecord(assessment: Assessment): ScreeningRecord | undefined {
  const [draft, setDraft] = useState<{ id: string; record?: ScreeningRecord }>();
  useEffect(() => {
    if (assessment.screening || assessment.status !== "draft") return;
    let live = true;
    // Storage (Dexie) loads only for a draft, which keeps its record in its own store.
    void getDraftScreening(assessment.id).then((record) => {
      if (live) setDraft({ id: assessment.id, record });
    });
    return () => {
      live = false;
    };
  }, [assessment]);
  return assessment.screening ?? (draft?.id === assessment.id ? draft.record : undefined);
}

export function ScreeningOutcomes({ lines }: { lines: readonly ScreeningOutcomeLine[] }) {
  return (
    <ul className="screening-outcomes" data-testid="screening-outcomes">
      {lines.map(({ scope, outcome, question, text }) => (
        <li key={scope} data-scope={scope} data-outcome={outcome}>
          <strong>{question}</strong>
          {text}
        </li>
      ))}
    </ul>
  );
}

type HitProps = {
  hit: ScreeningHitView;
  /** h4 under the summary's "Possible matches" heading; h3 in the identity step. */
  level?: 3 | 4;
  /** Without it the hit is shown read-only (the summary). */
  onDecide?: (decision: HitDecision, reason?: string) => void;
  /** Shown after the details (an earlier engagement's links, lib/register). */
  children?: ReactNode;
};

export function ScreeningHitItem({ hit, level = 3, onDecide, children }: HitProps) {
  const Heading = level === 4 ? "h4" : "h3";
  const t = useTranslations("screening");
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const reasonId = useId();
  return (
    <li className="hit" data-hit-decision={hit.decision} data-entry={hit.entryName} data-name={hit.name}>
      <Heading className="hit__title">{hit.heading}</Heading>
      <p className="hit__decision">
        <strong>{hit.decisionLabel}</strong>
        {hit.reason ?? null}
      </p>
      <HitDetails rows={hit.details} score={hit.score} />
      {children}
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
/** The summary's screening section: draws the view model's `screening` part. */
export function ScreeningRecordView({ view }: { view: ScreeningView }) {
  return (
    <section
      className="screening-record"
      aria-labelledby="screening-record-title"
      data-testid="screening-record"
    >
      <h2 id="screening-record-title">{view.title}</h2>
      <p>{view.screenedAt}</p>
      <ScreeningOutcomes lines={view.outcomes} />
      <h3>{view.listsTitle}</h3>
      <ul>
        {view.lists.map((l) => (
          <li key={l.id}>
            {l.dated} · {l.scope} · {l.entities} · <code>{l.sha256}</code>
          </li>
        ))}
      </ul>
      <h3>{view.namesTitle}</h3>
      <ul>
        {view.names.map((n) => (
          <li key={`${n.role}:${n.name}`}>
            {n.label}
            <strong>{n.name}</strong>
            {n.note ?? null}
          </li>
        ))}
      </ul>
      {view.hits.length > 0 ? (
        <>
          <h3>{view.hitsTitle}</h3>
          <ul className="hit-list">
            {view.hits.map((hit) => (
              <ScreeningHitItem key={hit.id} hit={hit} level={4} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
