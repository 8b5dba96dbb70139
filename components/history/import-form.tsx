"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

import {
  createImporter,
  type DuplicateChoice,
  type ImportError,
  type Importer,
  importErrorOf,
} from "@/lib/storage";
import { isLocale } from "@/lib/i18n/routing";

/** The import's code (zod, Dexie, the checks) loads when a file is imported, not with the page. */

type Outcome = { kind: "ok" | "error"; text: string };

/**
 * Import: the whole file is checked first (in a worker, with progress); duplicates ask keep-both
 * or skip; one transaction.
 */
export function ImportForm({ onImported }: { onImported: () => void }) {
  const t = useTranslations("exchange");
  const integrity = useTranslations("integrity.importErrors");
  const format = useFormatter();
  const locale = useLocale();
  const fileRef = useRef<HTMLInputElement>(null);
  const importer = useRef<Importer | null>(null);
  const [passphrase, setPassphrase] = useState("");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState<{ duplicates: number } | null>(null);
  const [choice, setChoice] = useState<DuplicateChoice>("skip");

  useEffect(() => () => importer.current?.dispose(), []);

  async function fail(error: unknown) {
    const refused = await importErrorOf(error);
    const text =
      refused !== null
        ? `${importErrorText(refused)} ${t("nothingChanged")}`
        : `${t("errors.storage", { detail: String(error) })} ${t("nothingChanged")}`;
    setOutcome({ kind: "error", text });
  }

  /** Each error code has its own message; the newer ones name the record, its id and the problem. */
  function importErrorText(error: ImportError) {
    const values = { detail: error.detail ?? "", index: "", id: "", problem: "", other: "", ...error.values };
    return integrity.has(error.code) ? integrity(error.code, values) : t(`errors.${error.code}`, values);
  }

  async function write(choice: DuplicateChoice) {
    const result = await importer.current!.write(choice);
    setPending(null);
    setOutcome({ kind: "ok", text: t("imported", result) });
    if (fileRef.current) fileRef.current.value = "";
    onImported();
  }

  async function start() {
    const file = fileRef.current?.files?.[0];
    if (!file) return;
    setBusy(true);
    setOutcome({ kind: "ok", text: t("importing") });
    setPending(null);
    importer.current?.dispose();
    importer.current = null;
    try {
      importer.current = await createImporter((done, total) =>
        setOutcome({
          kind: "ok",
          text: t("checkingProgress", { done: format.number(done), total: format.number(total) }),
        }),
      );
      const { duplicates } = await importer.current.check(
        file,
        passphrase || undefined,
        isLocale(locale) ? locale : "en",
      );
      if (duplicates > 0) {
        setOutcome(null);
        setPending({ duplicates });
      } else await write("skip");
    } catch (error) {
      await fail(error);
    } finally {
      setBusy(false);
    }
  }

  async function finish() {
    if (!pending) return;
    setBusy(true);
    try {
      await write(choice);
    } catch (error) {
      await fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="import-title" className="exchange-block">
      <h3 id="import-title">{t("importTitle")}</h3>
      <label htmlFor="import-file">{t("file")}</label>
      <input
        id="import-file"
        ref={fileRef}
        type="file"
        accept="application/json,.json,application/zip,.zip"
      />
      <label htmlFor="import-passphrase">{t("importPassphrase")}</label>
      <input
        id="import-passphrase"
        type="password"
        autoComplete="off"
        value={passphrase}
        onChange={(e) => setPassphrase(e.target.value)}
      />
      <div className="actions">
        <button type="button" className="button" disabled={busy} onClick={() => void start()}>
          {t("importButton")}
        </button>
      </div>
      {pending ? (
        <fieldset className="duplicates">
          <legend>{t("duplicatesTitle", { count: pending.duplicates })}</legend>
          {(["keep_both", "skip"] as const).map((value) => (
            <p key={value} className="checkbox-line">
              <input
                id={`duplicates-${value}`}
                type="radio"
                name="duplicates"
                value={value}
                checked={choice === value}
                onChange={() => setChoice(value)}
              />
              <label htmlFor={`duplicates-${value}`}>{t(value === "keep_both" ? "keepBoth" : "skip")}</label>
            </p>
          ))}
          <button type="button" className="button" disabled={busy} onClick={() => void finish()}>
            {t("continue")}
          </button>
        </fieldset>
      ) : null}
      <p role="status" data-testid="import-status">
        {outcome?.kind === "ok" ? outcome.text : null}
      </p>
      <p
        role="alert"
        data-testid="import-error"
        className={outcome?.kind === "error" ? "field__error" : undefined}
      >
        {outcome?.kind === "error" ? outcome.text : null}
      </p>
    </section>
  );
}
