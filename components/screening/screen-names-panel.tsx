"use client";

// "Screen these names", in the identity step: the client, the end client, a parent and a named
// intermediary against every list loaded in this browser, in one click, on this device. Each
// possible match is confirmed or dismissed (with a reason); the outcome answers the list
// questions (A4 China's lists, A5 foreign sanctions lists). The record is kept with the draft and
// frozen into the assessment at completion.
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { UseFormReturn } from "react-hook-form";

import { engagementOf } from "@/lib/assessment/engagement";
import type { Answers, AnswerValue, SectionId } from "@/lib/checklist/types";
import { Link } from "@/lib/i18n/navigation";
import { buildRecord, decide, hitId } from "@/lib/screening/build-record";
import { screeningAnswers } from "@/lib/screening/outcome";
import { screeningHitView, screeningOutcomeLines } from "@/lib/screening/record-view";
import type { HitDecision, NameRole, ScreenedName, ScreeningRecord } from "@/lib/screening/record";
import { getDraftScreening, putDraftScreening } from "@/lib/storage";

import { listErrorText } from "./list-error";
import { ScreeningOutcomes, ScreeningHitItem, useScreeningWords } from "./screening-record";
import { useScreening } from "./use-screening";

export type ScreenNamesProps = {
  sectionId: SectionId;
  answers: Answers;
  /** The step's form, whose cleared answers are null (step-form.tsx). */
  form: Pick<UseFormReturn<Record<string, AnswerValue | null | undefined>>, "setValue">;
  onAnswersChange: (changed: Answers) => void;
};

/** A name as typed, trimmed; "" when not given (engagementOf leaves out "don't know"). */
const nameAnswer = (value: string | undefined) => value?.trim() ?? "";

/** The panel (loaded with the identity step, by screen-names.tsx). */
export default function ScreenNamesPanel({
  answers,
  form,
  onAnswersChange,
  assessmentId,
}: ScreenNamesProps & { assessmentId: string }) {
  const t = useTranslations("screening");
  const words = useScreeningWords();
  const { lists, getClient } = useScreening();
  const [record, setRecord] = useState<ScreeningRecord | undefined>();
  const [extra, setExtra] = useState<{ parent: string; intermediary: string }>({
    parent: "",
    intermediary: "",
  });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const loaded = useRef(false);

  useEffect(() => {
    void getDraftScreening(assessmentId).then((stored) => {
      loaded.current = true;
      if (!stored) return;
      setRecord(stored);
      const named = (role: NameRole) => stored.names.find((n) => n.role === role)?.name ?? "";
      setExtra({ parent: named("parent"), intermediary: named("intermediary") });
    });
  }, [assessmentId]);

  // The names the basics give, as engagementOf reads them everywhere else.
  const engagement = engagementOf(answers);
  const names: ScreenedName[] = [
    { role: "client" as const, name: nameAnswer(engagement.client) },
    { role: "end_client" as const, name: nameAnswer(engagement.endClient) },
    { role: "parent" as const, name: extra.parent.trim() },
    { role: "intermediary" as const, name: extra.intermediary.trim() },
  ].filter((n) => n.name !== "");

  /** Saves the record and puts its outcome into the list questions. */
  async function commit(next: ScreeningRecord) {
    await putDraftScreening(assessmentId, next);
    setRecord(next);
    // The list questions say what the screening found: a completed assessment whose screening
    // record and answers disagree is refused (lib/assessment/integrity.ts screeningAgrees).
    const changed: Answers = {};
    for (const [question, value] of Object.entries(screeningAnswers(next))) {
      if (answers[question] !== value) changed[question] = value;
    }
    for (const [question, value] of Object.entries(changed)) form.setValue(question, value);
    if (Object.keys(changed).length > 0) onAnswersChange(changed);
    const said = Object.entries(changed).map(([question, value]) =>
      t("control.answered", {
        scope: t(`scope.${question === "listed_in_china" ? "china" : "foreign"}`),
        answer: t(value === "yes" ? "yes" : "no"),
      }),
    );
    setMessage({ kind: "ok", text: [t("control.saved"), ...said].join(" ") });
  }

  async function screen() {
    if (names.length === 0 || !lists) return;
    setBusy(true);
    setMessage({ kind: "ok", text: t("control.screening") });
    try {
      const result = await getClient().screen(names.map((n) => n.name));
      const next = buildRecord(names, result.lists, result.results, record, new Date().toISOString());
      await commit(next);
    } catch (error) {
      setMessage({ kind: "error", text: listErrorText(t, error) });
    } finally {
      setBusy(false);
    }
  }

  async function onDecide(id: string, decision: HitDecision, reason?: string) {
    if (!record) return;
    await commit(decide(record, id, decision, reason, new Date().toISOString()));
  }

  const listNames = new Map((record?.lists ?? []).map((l) => [l.id, l]));
  return (
    <section className="screen-names" aria-labelledby="screen-names-title" data-testid="screen-names">
      <h2 id="screen-names-title">{t("control.title")}</h2>
      <p>{t("control.lead")}</p>
      {lists && lists.length === 0 ? (
        <p>
          {t("control.noLists")} <Link href="/screening/">{t("control.openLists")}</Link>
        </p>
      ) : null}
      <ul className="screen-names__names">
        {names
          .filter((n) => n.role === "client" || n.role === "end_client")
          .map((n) => (
            <li key={n.role}>
              {t(`roles.${n.role}`)}: <strong>{n.name}</strong>
            </li>
          ))}
      </ul>
      {(["parent", "intermediary"] as const).map((role) => (
        <div className="field" key={role}>
          <label className="field__label" htmlFor={`screen-${role}`}>
            {t(`control.${role}`)}
          </label>
          <input
            id={`screen-${role}`}
            type="text"
            maxLength={200}
            value={extra[role]}
            onChange={(e) => setExtra((x) => ({ ...x, [role]: e.target.value }))}
          />
        </div>
      ))}
      {names.length === 0 ? <p>{t("control.nothingToScreen")}</p> : null}
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={busy || names.length === 0 || !lists || lists.length === 0}
          onClick={() => void screen()}
        >
          {t("control.button")}
        </button>
      </div>
      <p role="status" data-testid="screen-names-status">
        {message?.kind === "ok" ? message.text : null}
      </p>
      {message?.kind === "error" ? (
        <p role="alert" className="field__error">
          {message.text}
        </p>
      ) : null}
      {record ? (
        <>
          <ScreeningOutcomes lines={screeningOutcomeLines(record, words.t, words.locale)} />
          <ul className="hit-list">
            {record.hits.map((hit) => (
              <ScreeningHitItem
                key={hitId(hit)}
                hit={screeningHitView(hit, listNames.get(hit.listId), words.t, words.locale)}
                onDecide={(decision, reason) => void onDecide(hitId(hit), decision, reason)}
              />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
