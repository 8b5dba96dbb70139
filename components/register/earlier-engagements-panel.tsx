"use client";

// Earlier engagements with the parties this assessment names: the client and end client (from the
// engagement basics) and the names screened with them, looked up in the register worker among the
// parties of every other assessment in this browser, each explained as a screening match is and
// confirmed or dismissed (with a reason). A confirmed match with an earlier decline or escalation
// answers "refused before" (section H), with the earlier assessment as the answer's source.
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";

import { ScreeningHitItem } from "@/components/screening/screening-record";
import type { Translate } from "@/lib/base/locale";
import { flagKeys } from "@/lib/checklist/messages";
import type { Answers, AnswerValue } from "@/lib/checklist/types";
import type { FormChecklistText } from "@/lib/i18n/checklist-text";
import { Link } from "@/lib/i18n/navigation";
import { formatDate } from "@/lib/i18n/profile";
import { isLocale } from "@/lib/i18n/routing";
import {
  decisionOf,
  REFUSED_BEFORE,
  refusedBeforeSource,
  registerMatchView,
  type VerdictWords,
} from "@/lib/register/match-view";
import { createRegisterClient, type RegisterClient } from "@/lib/register/register-client";
import type { RegisterMatch } from "@/lib/register/register-index";
import type { HitDecision } from "@/lib/screening/record";
import {
  getDraftScreening,
  listRegisterDecisions,
  putRegisterDecision,
  readAssessment,
  type RegisterDecision,
  registerDecisionId,
  removeRegisterDecision,
  saveEdit,
} from "@/lib/storage";

export type EarlierEngagementsProps = {
  answers: Answers;
  text: FormChecklistText;
  onAnswersChange: (changed: Answers) => void;
};

/** Typing pauses this long before the names are looked up again. */
const LOOKUP_DELAY_MS = 250;

const nameAnswer = (value: AnswerValue | undefined) =>
  typeof value === "string" && value.trim() !== "" && value !== "unknown" ? value.trim() : "";

let shared: RegisterClient | undefined;
/** One worker per page: its index survives the step being left and opened again. */
const registerClient = () => (shared ??= createRegisterClient());

export default function EarlierEngagementsPanel({
  answers,
  text,
  onAnswersChange,
  assessmentId,
}: EarlierEngagementsProps & { assessmentId: string }) {
  const t = useTranslations("register") as unknown as Translate;
  const localeTag = useLocale();
  const locale = isLocale(localeTag) ? localeTag : "en";
  const [screened, setScreened] = useState<{ role: "parent" | "intermediary"; name: string }[]>([]);
  const [matches, setMatches] = useState<RegisterMatch[] | undefined>();
  /** Lookups answered, and the last one's time for the client's name in the worker (ms): the
   *  bench reads both. */
  const [timing, setTiming] = useState({ lookups: 0, ms: 0 });
  const [decisions, setDecisions] = useState<RegisterDecision[]>([]);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const refreshed = useRef(false);

  const client = nameAnswer(answers.client_name);
  const endClient = nameAnswer(answers.end_client_declared);
  const names = useMemo(
    () =>
      [
        { role: "client" as const, name: client },
        { role: "end_client" as const, name: endClient },
        ...screened,
      ].filter((n) => n.name !== ""),
    [client, endClient, screened],
  );
  const namesKey = JSON.stringify(names);

  useEffect(() => {
    void getDraftScreening(assessmentId).then((record) =>
      setScreened(
        (record?.names ?? []).flatMap((n) =>
          n.role === "parent" || n.role === "intermediary" ? [{ role: n.role, name: n.name }] : [],
        ),
      ),
    );
    void listRegisterDecisions().then(setDecisions);
  }, [assessmentId]);

  useEffect(() => {
    if (names.length === 0) return;
    let live = true;
    const timer = setTimeout(() => {
      // The first lookup of this visit reads the rows again: assessments may have been written,
      // imported or deleted since the worker last read them.
      const refresh = !refreshed.current;
      refreshed.current = true;
      registerClient()
        .lookup({ names, exclude: assessmentId, refresh })
        .then(
          (found) => {
            if (!live) return;
            setMatches(found.matches);
            setTiming((x) => ({ lookups: x.lookups + 1, ms: found.ms[0] ?? 0 }));
          },
          (error: unknown) =>
            live &&
            setMessage({
              kind: "error",
              text: t("failed", { reason: error instanceof Error ? error.message : String(error) }),
            }),
        );
    }, LOOKUP_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // namesKey stands for names.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [namesKey, assessmentId, t]);

  const words: VerdictWords = useMemo(
    () => ({ level: text.level, decision: text.decision, flag: (slug) => text.t(flagKeys(slug).title) }),
    [text],
  );

  /** "Refused before" from the latest confirmed decline or escalation, with its source. */
  async function answerRefusedBefore(next: readonly RegisterDecision[]) {
    const source = refusedBeforeSource(matches ?? [], next, assessmentId);
    const stored = await readAssessment(assessmentId);
    if (!stored || stored.status !== "draft") return;
    const current = stored.answerSources?.[REFUSED_BEFORE];
    if (!source) {
      // The confirmation the answer rested on is undone: an answer this panel gave is withdrawn,
      // never left standing without its source. An answer the user gave since is theirs, and stays.
      if (current?.kind !== "earlier_assessment") return;
      const sources = { ...stored.answerSources };
      delete sources[REFUSED_BEFORE];
      const ours = stored.answers[REFUSED_BEFORE] === current.answer;
      await saveEdit({
        id: stored.id,
        base: stored.answers,
        changed: ours ? { [REFUSED_BEFORE]: undefined } : {},
        step: stored.step,
        answerSources: sources,
      });
      if (ours) onAnswersChange({ [REFUSED_BEFORE]: undefined });
      setMessage({ kind: "ok", text: t("withdrawn") });
      return;
    }
    if (
      stored.answers[REFUSED_BEFORE] === "yes" &&
      current?.kind === source.kind &&
      current.date === source.date
    )
      return;
    await saveEdit({
      id: stored.id,
      base: stored.answers,
      changed: { [REFUSED_BEFORE]: "yes" },
      step: stored.step,
      answerSources: { ...stored.answerSources, [REFUSED_BEFORE]: source },
    });
    onAnswersChange({ [REFUSED_BEFORE]: "yes" });
    setMessage({ kind: "ok", text: t("answered", { date: formatDate(source.date, locale) }) });
  }

  async function onDecide(match: RegisterMatch, decision: HitDecision, reason?: string) {
    const id = registerDecisionId(assessmentId, match.engagement.assessmentId, match.name);
    try {
      if (decision === "pending") await removeRegisterDecision(id);
      else
        await putRegisterDecision({
          id,
          assessmentId,
          name: match.name.trim(),
          earlierId: match.engagement.assessmentId,
          earlierName: match.party.name,
          decision,
          ...(reason ? { reason: reason.trim() } : {}),
          at: new Date().toISOString(),
        });
      const next = await listRegisterDecisions();
      setDecisions(next);
      setMessage({ kind: "ok", text: t("saved") });
      await answerRefusedBefore(next);
    } catch (error) {
      setMessage({
        kind: "error",
        text: t("failed", { reason: error instanceof Error ? error.message : String(error) }),
      });
    }
  }

  return (
    <section
      className="screen-names"
      aria-labelledby="earlier-engagements-title"
      data-testid="earlier-engagements"
    >
      <h2 id="earlier-engagements-title">{t("title")}</h2>
      <p>{t("lead")}</p>
      {names.length === 0 ? <p>{t("nothingToMatch")}</p> : null}
      <p
        role="status"
        data-testid="earlier-engagements-status"
        data-lookups={timing.lookups}
        data-ms={timing.ms.toFixed(2)}
      >
        {matches === undefined && names.length > 0
          ? t("looking")
          : matches && names.length > 0
            ? matches.length === 0
              ? t("none")
              : t("found", { count: matches.length })
            : null}
        {message?.kind === "ok" ? ` ${message.text}` : null}
      </p>
      {message?.kind === "error" ? (
        <p role="alert" className="field__error">
          {message.text}
        </p>
      ) : null}
      {matches && matches.length > 0 ? (
        <ul className="hit-list">
          {matches.map((match) => {
            const view = registerMatchView(
              match,
              decisionOf(match, decisions, assessmentId),
              t,
              words,
              locale,
            );
            return (
              <ScreeningHitItem
                key={view.id}
                hit={view}
                onDecide={(decision, reason) => void onDecide(match, decision, reason)}
              >
                <p className="actions">
                  <Link href={`/summary/?id=${match.engagement.assessmentId}`}>{t("open")}</Link>
                  <Link href={`/counterparty/#name=${encodeURIComponent(match.name)}`}>
                    {t("counterparty", { name: match.name })}
                  </Link>
                </p>
              </ScreeningHitItem>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
