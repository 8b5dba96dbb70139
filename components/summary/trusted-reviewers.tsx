"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useEffect, useState } from "react";

import { shortFingerprint } from "@/lib/assessment/signature";
import { signingKeys as keys, type TrustedReviewer } from "@/lib/storage";

import { downloadText } from "../history/download";

/** A fingerprint as typed or pasted: spaces and case do not matter. */
function normaliseKey(typed: string): string {
  return typed.replace(/\s+/g, "").toLowerCase();
}

/**
 * The user's trusted reviewers: key fingerprints with a name, added and removed here, and saved
 * or loaded as a small JSON file (to share the list across a team's browsers).
 */
export function TrustedReviewers() {
  const t = useTranslations("trusted");
  const [list, setList] = useState<TrustedReviewer[] | null>(null);
  const [name, setName] = useState("");
  const [key, setKey] = useState("");
  const [tried, setTried] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    let unsubscribe = () => {};
    void keys().then((k) => {
      const load = () =>
        void k
          .listTrustedReviewers()
          .then((l) => live && setList(l))
          .catch(() => live && setList([]));
      load();
      if (live) unsubscribe = k.onTrustedReviewersChange(load);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);

  const problems = {
    name: name.trim() === "" ? t("required") : null,
    key: /^[0-9a-f]{64}$/.test(normaliseKey(key)) ? null : t("badKey"),
  };
  const failed = (error: unknown) =>
    setStatus({
      error: true,
      text: t("failed", { reason: error instanceof Error ? error.message : String(error) }),
    });

  async function add(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (problems.name || problems.key) return;
    try {
      await (await keys()).addTrustedReviewers([{ key: normaliseKey(key), name: name.trim() }]);
      setStatus({ error: false, text: t("added", { name: name.trim() }) });
      setName("");
      setKey("");
      setTried(false);
    } catch (error) {
      failed(error);
    }
  }

  async function remove(reviewer: TrustedReviewer) {
    try {
      await (await keys()).removeTrustedReviewer(reviewer.key);
      setStatus({ error: false, text: t("removed", { name: reviewer.name }) });
    } catch (error) {
      failed(error);
    }
  }

  async function load(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    const k = await keys();
    const reviewers = k.parseTrustedReviewersFile(await file.text());
    if (!reviewers) return setStatus({ error: true, text: t("badFile") });
    try {
      await k.addTrustedReviewers(reviewers);
      setStatus({ error: false, text: t("loaded", { count: reviewers.length }) });
    } catch (error) {
      failed(error);
    }
  }

  async function download() {
    const k = await keys();
    downloadText(
      k.trustedReviewersFile(list ?? []),
      "commission-check-trusted-reviewers.json",
      "application/json",
    );
  }

  const invalid = (field: keyof typeof problems) =>
    tried && problems[field] ? { "aria-invalid": true, "aria-describedby": `trusted-${field}-error` } : {};
  const error = (field: keyof typeof problems) =>
    tried && problems[field] ? (
      <p id={`trusted-${field}-error`} className="field__error">
        {problems[field]}
      </p>
    ) : null;

  return (
    <section className="trusted-reviewers no-print" aria-labelledby="trusted-title">
      <h2 id="trusted-title">{t("title")}</h2>
      <p className="muted">{t("lead")}</p>
      {list === null ? null : list.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul aria-labelledby="trusted-title" data-testid="trusted-list">
          {list.map((r) => (
            <li key={r.key}>
              <strong>{r.name}</strong> · <code>{shortFingerprint(r.key)}</code>{" "}
              <button type="button" className="button button--secondary" onClick={() => void remove(r)}>
                {t("remove", { name: r.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void add(e)} noValidate>
        <label htmlFor="trusted-name">{t("name")}</label>
        <input
          id="trusted-name"
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
          {...invalid("name")}
        />
        {error("name")}
        <label htmlFor="trusted-key">{t("key")}</label>
        <input
          id="trusted-key"
          value={key}
          maxLength={100}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => setKey(e.target.value)}
          {...invalid("key")}
        />
        {error("key")}
        <div className="actions">
          <button type="submit" className="button">
            {t("add")}
          </button>
          <button type="button" className="button button--secondary" onClick={() => void download()}>
            {t("download")}
          </button>
        </div>
      </form>
      <form onSubmit={(e) => void load(e)}>
        <label htmlFor="trusted-file">{t("file")}</label>
        <input
          id="trusted-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <div className="actions">
          <button type="submit" className="button button--secondary" disabled={!file}>
            {t("load")}
          </button>
        </div>
      </form>
      <p role="status" className={status?.error ? "field__error" : undefined} data-testid="trusted-status">
        {status?.text}
      </p>
    </section>
  );
}
