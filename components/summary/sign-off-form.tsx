"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useEffect, useState } from "react";

import { type Assessment, REVIEW_DECISIONS, type SignOffDecision } from "@/lib/assessment/assessment";
import { shortFingerprint } from "@/lib/assessment/signature";
import { signingKeys, signOff } from "@/lib/storage";

/** A reviewer's decision on a completed assessment; appended, never edited. */
export function SignOffForm({ id, onSigned }: { id: string; onSigned: (a: Assessment) => void }) {
  const t = useTranslations("signOff");
  const th = useTranslations("history");
  const [decision, setDecision] = useState<SignOffDecision | "">("");
  const [name, setName] = useState("");
  const [role, setRole] = useState("");
  const [comment, setComment] = useState("");
  const [tried, setTried] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  /** This device's key fingerprint: undefined while reading, null when none has been made yet. */
  const [key, setKey] = useState<string | null | undefined>(undefined);
  const missing = { decision: decision === "", name: name.trim() === "", role: role.trim() === "" };

  useEffect(() => {
    let live = true;
    void signingKeys()
      .then((keys) => keys.getDeviceKey())
      // A key made by a sign-off meanwhile wins over what this first read found.
      .then((k) => live && setKey((current) => current ?? k?.fingerprint ?? null))
      .catch(() => live && setKey((current) => current ?? null));
    return () => {
      live = false;
    };
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (decision === "" || missing.name || missing.role) return;
    setStatus(t("saving"));
    let signer;
    try {
      signer = await (await signingKeys()).deviceKey();
      setKey(signer.fingerprint);
    } catch (error) {
      setStatus(t("keyFailed", { reason: error instanceof Error ? error.message : String(error) }));
      return;
    }
    try {
      const input = { decision, name: name.trim(), role: role.trim(), comment };
      const signed = await signOff(id, input, signer);
      onSigned(signed);
      setDecision("");
      setComment("");
      setTried(false);
      setStatus(t("saved"));
    } catch (error) {
      setStatus(String(error));
    }
  }

  const error = (field: keyof typeof missing) =>
    tried && missing[field] ? (
      <p id={`sign-off-${field}-error`} className="field__error">
        {t("required")}
      </p>
    ) : null;
  const invalid = (field: keyof typeof missing) =>
    tried && missing[field] ? { "aria-invalid": true, "aria-describedby": `sign-off-${field}-error` } : {};

  return (
    <form
      className="sign-off-form no-print"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="sign-off-title"
    >
      <h2 id="sign-off-title">{t("title")}</h2>
      <p className="muted">{t("lead")}</p>
      <fieldset {...invalid("decision")}>
        <legend>{t("decision")}</legend>
        {REVIEW_DECISIONS.map((d) => (
          <p key={d} className="checkbox-line">
            <input
              id={`sign-off-${d}`}
              type="radio"
              name="sign-off-decision"
              value={d}
              checked={decision === d}
              onChange={() => setDecision(d)}
            />
            <label htmlFor={`sign-off-${d}`}>{th(`signOff.${d}`)}</label>
          </p>
        ))}
        {error("decision")}
      </fieldset>
      <label htmlFor="sign-off-name">{t("name")}</label>
      <input
        id="sign-off-name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        maxLength={200}
        {...invalid("name")}
      />
      {error("name")}
      <label htmlFor="sign-off-role">{t("role")}</label>
      <input
        id="sign-off-role"
        value={role}
        onChange={(e) => setRole(e.target.value)}
        maxLength={200}
        {...invalid("role")}
      />
      {error("role")}
      <label htmlFor="sign-off-comment">{t("comment")}</label>
      <textarea
        id="sign-off-comment"
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        maxLength={4000}
        rows={3}
      />
      <div className="signing-key" data-testid="signing-key">
        {key ? (
          <>
            <p>{t("keyLabel", { key: shortFingerprint(key) })}</p>
            <p className="muted small fingerprint">{t("keyFull", { key })}</p>
          </>
        ) : key === null ? (
          <p>{t("keyNone")}</p>
        ) : null}
        <p className="muted small">{t("keyHelp")}</p>
      </div>
      <div className="actions">
        <button type="submit" className="button">
          {t("submit")}
        </button>
      </div>
      <p role="status">{status}</p>
    </form>
  );
}
