"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";

import { exportAssessments } from "@/lib/storage";

import { downloadBlob } from "./download";

type Props = { selectedIds: readonly string[]; shownIds: readonly string[] };

/** Export of the selected (or all shown) assessments, optionally encrypted with a passphrase. */
export function ExportForm({ selectedIds, shownIds }: Props) {
  const t = useTranslations("exchange");
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState("");
  const [repeat, setRepeat] = useState("");
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const format = useFormatter();
  const problem = !encrypt
    ? null
    : passphrase.length < 8
      ? t("passphraseShort")
      : passphrase !== repeat
        ? t("passphraseMismatch")
        : null;

  async function run(ids: readonly string[]) {
    if (problem || ids.length === 0) return;
    setBusy(true);
    setStatus(t("exporting"));
    try {
      // The export's code (zod, Dexie, encryption) loads when something is exported, and runs in
      // a worker: the page stays responsive and shows how far it has read.
      const { file, name, count } = await exportAssessments(
        ids,
        encrypt ? passphrase : undefined,
        (done, total) => {
          setProgress({ done, total });
          setStatus(
            done < total
              ? t("exportingProgress", { done: format.number(done), total: format.number(total) })
              : t("exporting"),
          );
        },
      );
      downloadBlob(file, name);
      setStatus(t("exported", { count, file: name }));
    } catch (error) {
      setStatus(t("errors.storage", { detail: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  return (
    <section aria-labelledby="export-title" className="exchange-block">
      <h3 id="export-title">{t("exportTitle")}</h3>
      <p className="checkbox-line">
        <input
          id="export-encrypt"
          type="checkbox"
          checked={encrypt}
          onChange={(e) => setEncrypt(e.target.checked)}
        />
        <label htmlFor="export-encrypt">{t("encrypt")}</label>
      </p>
      {encrypt ? (
        <div className="exchange-passphrase">
          <p className="notice" id="passphrase-warning">
            {t("passphraseWarning")}
          </p>
          <label htmlFor="export-passphrase">{t("passphrase")}</label>
          <input
            id="export-passphrase"
            type="password"
            autoComplete="new-password"
            value={passphrase}
            aria-describedby="passphrase-warning"
            onChange={(e) => setPassphrase(e.target.value)}
          />
          <label htmlFor="export-passphrase-repeat">{t("passphraseRepeat")}</label>
          <input
            id="export-passphrase-repeat"
            type="password"
            autoComplete="new-password"
            value={repeat}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? "export-passphrase-problem" : undefined}
            onChange={(e) => setRepeat(e.target.value)}
          />
          {problem ? (
            <p id="export-passphrase-problem" className="field__error">
              {problem}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={busy || !!problem || selectedIds.length === 0}
          onClick={() => void run(selectedIds)}
        >
          {t("exportSelected", { count: selectedIds.length })}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy || !!problem || shownIds.length === 0}
          onClick={() => void run(shownIds)}
        >
          {t("exportShown", { count: shownIds.length })}
        </button>
      </div>
      {progress ? (
        <progress max={progress.total} value={progress.done} aria-label={t("exportProgress")} />
      ) : null}
      <p role="status" data-testid="export-status">
        {status}
      </p>
    </section>
  );
}
