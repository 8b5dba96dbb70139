"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";

import type { Assessment } from "@/lib/assessment/assessment";
import { localDate } from "@/lib/assessment/dates";
import { engagementOf } from "@/lib/assessment/engagement";
import type { Checklist } from "@/lib/checklist/types";
import { LOCALES, type Locale } from "@/lib/base/locale";
import { htmlLang, isLocale } from "@/lib/i18n/routing";
import { composeLetter, letterFileName, unansweredClientQuestions } from "@/lib/letter/letter";

import { downloadText } from "../history/download";

/** Each language named in itself, whatever the page's language. */
const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", zh: "中文" };

type Status =
  | { kind: "idle" }
  | { kind: "copied" }
  | { kind: "copyFailed" }
  | { kind: "working" }
  | { kind: "ready"; file: string }
  | { kind: "failed"; error: string };

const TIMEOUT_MS = 60_000;

/**
 * The letter in the language the user picks (the page's by default), in an editable box. Each
 * language keeps its own edits while the page is open; nothing is stored. Copy, the text file and
 * the PDF all take what the box holds.
 */
export function LetterEditor({ assessment, checklist }: { assessment: Assessment; checklist: Checklist }) {
  const t = useTranslations("letter");
  const pageLocale = useLocale();
  const [language, setLanguage] = useState<Locale>(isLocale(pageLocale) ? pageLocale : "en");
  const [edited, setEdited] = useState<Partial<Record<Locale, string>>>({});
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const date = useMemo(() => localDate(), []);
  const letter = useMemo(
    () => composeLetter({ checklist, answers: assessment.answers, locale: language, date }),
    [checklist, assessment.answers, language, date],
  );
  const unanswered = unansweredClientQuestions(checklist, assessment.answers).length;
  const value = edited[language] ?? letter.text;
  const project = engagementOf(assessment.answers).project;

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus({ kind: "copied" });
    } catch {
      setStatus({ kind: "copyFailed" });
    }
  }

  async function downloadPdf() {
    setStatus({ kind: "working" });
    try {
      const { makeLetterPdf } = await import("@/lib/letter/letter-pdf");
      const blob = await Promise.race([
        makeLetterPdf({ text: value, title: letter.subject, locale: language }),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS)),
      ]);
      const file = letterFileName(project, date, "pdf");
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = file;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus({ kind: "ready", file });
    } catch (error) {
      setStatus({ kind: "failed", error: error instanceof Error ? error.message : String(error) });
    }
  }

  function downloadTxt() {
    const file = letterFileName(project, date, "txt");
    downloadText(value, file, "text/plain;charset=utf-8");
    setStatus({ kind: "ready", file });
  }

  return (
    <section aria-labelledby="letter-title" className="letter" data-letter-language={language}>
      <h2 id="letter-title" className="visually-hidden">
        {t("title")}
      </h2>
      {unanswered > 0 ? <p className="muted">{t("notAnswered", { count: unanswered })}</p> : null}
      {letter.questions.length === 0 ? (
        <p className="notice" data-letter-questions="0">
          {t("none")}
        </p>
      ) : (
        <>
          <fieldset className="field">
            <legend className="field__label">{t("language")}</legend>
            <div className="options">
              {LOCALES.map((locale) => (
                <label key={locale} className="option">
                  <input
                    type="radio"
                    name="letter-language"
                    value={locale}
                    checked={language === locale}
                    onChange={() => {
                      setLanguage(locale);
                      setStatus({ kind: "idle" });
                    }}
                  />
                  <span lang={htmlLang(locale)}>{LANGUAGE_NAMES[locale]}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <p data-letter-questions={letter.questions.length}>
            {t("asked", { count: letter.questions.length })}
          </p>
          <div className="field">
            <label className="field__label" htmlFor="letter-text">
              {t("textLabel")}
            </label>
            <p id="letter-text-note" className="field__description">
              {t("textNote")}
            </p>
            <textarea
              id="letter-text"
              className="letter-text"
              lang={htmlLang(language)}
              aria-describedby="letter-text-note"
              value={value}
              onChange={(event) => setEdited((e) => ({ ...e, [language]: event.target.value }))}
            />
          </div>
          <div className="actions">
            <button type="button" className="button" onClick={() => void copy()}>
              {t("copy")}
            </button>
            <button type="button" className="button button--secondary" onClick={downloadTxt}>
              {t("downloadText")}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void downloadPdf()}
              disabled={status.kind === "working"}
              aria-busy={status.kind === "working"}
              data-pdf-status={status.kind}
            >
              {t("downloadPdf")}
            </button>
          </div>
          <p role="status" aria-live="polite" className="save-status">
            {status.kind === "copied" ? t("copied") : null}
            {status.kind === "working" ? t("working") : null}
            {status.kind === "ready" ? t("ready", { file: status.file }) : null}
          </p>
          {status.kind === "copyFailed" || status.kind === "failed" ? (
            <p role="alert" className="error-summary">
              {status.kind === "failed" ? t("pdfFailed", { error: status.error }) : t("copyFailed")}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
