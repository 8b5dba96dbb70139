// The letter to the client: the open questions only the client can answer, rephrased as requests,
// in the language the user picks (independent of the page's), with the company's, the client's
// and the project's names. Pure: answers in, plain text out. The page shows the text in an
// editable box; the text file and the PDF are made from what the box holds.
import { createTranslator } from "next-intl";

import { engagementOf } from "@/lib/assessment/engagement";
import type { Answers, Checklist } from "@/lib/checklist/types";
import { fileNamePart } from "@/lib/pdf/file-name";
import type { Locale, Translate } from "@/lib/base/locale";
import { PROFILES, type LetterPart } from "@/lib/i18n/profile";
import { parenthesised } from "@/lib/i18n/routing";
import { engagementFacts } from "@/lib/summary/engagement-facts";

import {
  clientQuestion,
  LETTER_TOPICS,
  letterDate,
  openClientQuestions,
  requestKey,
  topicKey,
} from "./client-questions";
import en from "./messages/en.json";
import zh from "./messages/zh.json";

export const LETTER_MESSAGES = { en, zh } as const;

export function letterTranslator(locale: Locale): Translate {
  return createTranslator({ locale, messages: LETTER_MESSAGES[locale] }) as unknown as Translate;
}

export { letterDate, openClientQuestions, unansweredClientQuestions } from "./client-questions";

export interface LetterInput {
  checklist: Checklist;
  answers: Answers;
  locale: Locale;
  /** The letter's date, YYYY-MM-DD. */
  date: string;
}

export interface Letter {
  locale: Locale;
  /** The subject line, also the PDF's title. */
  subject: string;
  /** The question ids asked, in order. */
  questions: string[];
  text: string;
}

export function composeLetter({ checklist, answers, locale, date }: LetterInput): Letter {
  const t = letterTranslator(locale);
  // The facts as the summary shows them (the client with its country, the assessor with their
  // role), in the letter's language; a missing one is a placeholder to fill in before sending.
  const facts = engagementFacts(answers, locale);
  const company = facts.company ?? t("placeholders.company");
  const client = facts.client ?? t("placeholders.client");
  const project = facts.project ?? t("placeholders.project");
  const assessor = facts.assessor ?? t("placeholders.name") + parenthesised(t("placeholders.role"), locale);
  const when = letterDate(date, locale);
  const subject = t("subject", { project });
  // The client the basics name is greeted by that name; only a letter to no one in particular
  // says "Sir or Madam".
  const name = engagementOf(answers).client;
  const salutation = name ? t("salutation", { client: name }) : t("salutationUnnamed");

  const open = openClientQuestions(checklist, answers);
  const body: string[] = [];
  let n = 0;
  for (const topic of LETTER_TOPICS) {
    const asked = open.filter((q) => clientQuestion(q.id)?.topic === topic);
    if (asked.length === 0) continue;
    body.push([t(topicKey(topic)), ...asked.map((q) => `${++n}. ${t(requestKey(q.id))}`)].join("\n"));
  }

  const parts: Record<Exclude<LetterPart, "body">, string> = {
    from: t("from", { company }),
    to: t("to", { client }),
    date: when,
    subject,
    salutation,
    intro: t("intro", { project, company }),
    closing: t("closing"),
    signOff: t("signOff"),
    signature: t("signature", { assessor, company }),
  };
  const paragraphs = PROFILES[locale].letter.flatMap((paragraph) =>
    paragraph.includes("body")
      ? body
      : [paragraph.map((part) => parts[part as Exclude<LetterPart, "body">]).join("\n")],
  );
  return { locale, subject, questions: open.map((q) => q.id), text: `${paragraphs.join("\n\n")}\n` };
}

/** `letter-to-client-<project>-<date>.txt` / `.pdf`. */
export function letterFileName(project: string | undefined, date: string, extension: "txt" | "pdf"): string {
  return `letter-to-client-${fileNamePart(project ?? "", "project")}-${date}.${extension}`;
}
