"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";

import type { Assessment } from "@/lib/assessment/assessment";
import { addEvidence, askPersistentStorage, readAssessment, removeEvidence } from "@/lib/storage";
import { EvidenceRefusedError, formatBytes } from "@/lib/tracking/evidence";
import { type EvidenceOnRecord, type TrackedKey, TrackingRefusedError } from "@/lib/tracking/model";

import { useDates } from "../ui/use-dates";

import type { EvidenceContent } from "./use-evidence";

interface Props {
  assessmentId: string;
  item: TrackedKey;
  /** The item's name, for the labels ("Add a file for …"). */
  label: string;
  files: readonly EvidenceOnRecord[];
  contents: ReadonlyMap<string, EvidenceContent>;
  /** Who adds or removes (the section's "Your name"). */
  by: string;
  /** Whether this is the assessment's first file (persistent storage is asked for then). */
  first: boolean;
  onChange: (changed: Assessment) => void;
  disabled: boolean;
}

/** An item's (or the assessment's) evidence files: each with its hash, shown or offered as a download. */
export function EvidenceList({
  assessmentId,
  item,
  label,
  files,
  contents,
  by,
  first,
  onChange,
  disabled,
}: Props) {
  const t = useTranslations("tracking");
  const locale = useLocale();
  const dates = useDates();
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const inputId = `evidence-${item.replace(":", "-")}`;

  const refusal = (error: unknown, name: string) =>
    error instanceof EvidenceRefusedError
      ? t(`evidence.refusal.${error.refusal}`, { name })
      : error instanceof TrackingRefusedError
        ? t(`refusal.${error.refusal}`)
        : String(error);

  async function add(list: FileList | null) {
    const file = list?.[0];
    if (!file) return;
    if (by.trim() === "") {
      setStatus({ text: t("refusal.who_missing"), error: true });
      return;
    }
    setStatus({ text: t("evidence.adding"), error: false });
    try {
      if (first) await askPersistentStorage();
      const ref = await addEvidence(assessmentId, { item, file, name: file.name, by });
      setStatus({ text: t("evidence.added", { name: ref.name }), error: false });
      const stored = await readAssessment(assessmentId);
      if (stored) onChange(stored);
    } catch (error) {
      setStatus({ text: refusal(error, file.name), error: true });
    }
  }

  async function remove(file: EvidenceOnRecord) {
    if (by.trim() === "") {
      setStatus({ text: t("refusal.who_missing"), error: true });
      return;
    }
    try {
      onChange(await removeEvidence(assessmentId, file.ref.id, by));
      setStatus(null);
    } catch (error) {
      setStatus({ text: refusal(error, file.ref.name), error: true });
    }
  }

  return (
    <div className="evidence" data-evidence-for={item}>
      {files.length === 0 ? null : (
        <ul className="evidence__files">
          {files.map((file) => {
            const content = contents.get(file.ref.id);
            return (
              <li
                key={file.ref.id}
                data-evidence={file.ref.name}
                data-evidence-state={file.removed ? "removed" : content?.state}
              >
                <strong>{file.ref.name}</strong>{" "}
                <span className="muted small fingerprint">
                  {t("evidence.hash", { prefix: file.ref.sha256.slice(0, 16) })}
                </span>
                <br />
                <span className="muted small">
                  {t("evidence.meta", {
                    size: formatBytes(file.ref.size, locale),
                    type: file.ref.type,
                    by: file.addedBy,
                    at: dates.dateTime(file.addedAt),
                  })}
                </span>
                {file.removed ? (
                  <p className="muted small">
                    {t("evidence.removed", { by: file.removed.by, at: dates.dateTime(file.removed.at) })}
                  </p>
                ) : content?.state === "intact" ? (
                  <>
                    {content.image ? (
                      // eslint-disable-next-line @next/next/no-img-element -- a blob: URL of the user's own file
                      <img
                        className="evidence__image"
                        src={content.url}
                        alt={t("evidence.preview", { name: file.ref.name })}
                      />
                    ) : null}
                    <p className="evidence__actions">
                      <span className="small">{t("evidence.intact")}</span>{" "}
                      <a href={content.url} download={file.ref.name} className="button button--secondary">
                        {t("evidence.download", { name: file.ref.name })}
                      </a>{" "}
                      <button
                        type="button"
                        className="button button--secondary no-print"
                        disabled={disabled}
                        aria-label={t("evidence.removeLabel", { name: file.ref.name })}
                        onClick={() => void remove(file)}
                      >
                        {t("evidence.remove")}
                      </button>
                    </p>
                  </>
                ) : (
                  <p className={content?.state === "altered" ? "field__error" : "muted small"}>
                    {content?.state === "altered"
                      ? t("evidence.altered")
                      : content?.state === "missing"
                        ? t("evidence.missing")
                        : t("evidence.checking")}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p className="no-print evidence__add">
        <label htmlFor={inputId}>{t("evidence.addFor", { item: label })}</label>{" "}
        <input
          id={inputId}
          type="file"
          disabled={disabled}
          onChange={(e) => {
            void add(e.target.files);
            e.target.value = "";
          }}
        />
      </p>
      <p role="status" className={status?.error ? "field__error" : "muted small"}>
        {status?.text}
      </p>
    </div>
  );
}
