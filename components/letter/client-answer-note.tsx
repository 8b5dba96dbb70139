"use client";

import { useLocale, useTranslations } from "next-intl";

import type { AnswerValue } from "@/lib/checklist/types";
import { isLocale } from "@/lib/i18n/routing";
import { type AnswerSource, isRecordedAnswer } from "@/lib/assessment/answer-sources";
import { letterDate } from "@/lib/letter/client-questions";

import { ClientAnswerMark } from "./client-answer-mark";

/**
 * Beside an answer in the form: "per client's letter of …" (or "from this device's assessment
 * of …") while the answer is the one recorded
 * from that letter; nothing once it has been changed.
 */
export function ClientAnswerNote({
  source,
  value,
}: {
  source: AnswerSource;
  value: AnswerValue | undefined;
}) {
  const t = useTranslations("letter");
  const register = useTranslations("register");
  const locale = useLocale();
  if (!isRecordedAnswer(value, source)) return null;
  const date = letterDate(source.date, isLocale(locale) ? locale : "en");
  const note =
    source.kind === "client_letter" ? t("perLetter", { date }) : register("fromAssessment", { date });
  return (
    <p className="client-answer-note">
      <ClientAnswerMark note={note} date={source.date} />
    </p>
  );
}
