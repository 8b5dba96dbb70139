"use client";

import { useLocale, useTranslations } from "next-intl";
import { type FormEvent, useEffect, useMemo, useState } from "react";

import type { Assessment } from "@/lib/assessment/assessment";
import { localDate } from "@/lib/assessment/dates";
import { engagementOf } from "@/lib/assessment/engagement";
import type { SignOffCheck } from "@/lib/assessment/signature";
import { clearAssessment, setItemStatus, signingKeys, type StorageUse, storageUse } from "@/lib/storage";
import type { SummaryView } from "@/lib/summary/summary-view";
import { formatBytes } from "@/lib/tracking/evidence";
import {
  evidenceOf,
  type TrackedItem,
  type TrackedStatus,
  type Tracking,
  TrackingRefusedError,
} from "@/lib/tracking/model";

import { useDates } from "../ui/use-dates";

import { EvidenceList } from "./evidence-list";
import { clearanceShown, TrackingLine } from "./tracking-line";
import { useEvidence } from "./use-evidence";

interface SectionProps {
  assessment: Assessment;
  tracking: Tracking;
  view: SummaryView;
  checks: readonly SignOffCheck[] | null;
  onChange: (changed: Assessment) => void;
}

/** "Conditions and approvals": each item of the frozen verdict with its status, due point and files. */
export default function TrackingSection({ assessment, tracking, view, checks, onChange }: SectionProps) {
  const t = useTranslations("tracking");
  const [by, setBy] = useState(engagementOf(assessment.answers).assessor ?? "");
  const files = evidenceOf(tracking);
  const stored = files.filter((f) => !f.removed).map((f) => f.ref);
  const contents = useEvidence(assessment.id, stored);
  const labels = useMemo(
    () =>
      new Map<string, string>([
        ...view.conditions.map((c) => [`condition:${c.id}`, c.text] as const),
        ...view.approvals.map((a) => [`approval:${a.id}`, a.label] as const),
      ]),
    [view.conditions, view.approvals],
  );
  const { clearance, unverified } = clearanceShown(tracking, checks);
  const withdrawn = !tracking.clearance && (assessment.signOffs ?? []).some((s) => s.decision === "cleared");
  const common = {
    assessmentId: assessment.id,
    contents,
    by,
    first: files.length === 0,
    onChange,
    disabled: false,
  };

  return (
    <section aria-labelledby="tracking-title" className="tracking" data-testid="tracking">
      <h2 id="tracking-title">{t("title")}</h2>
      <p className="muted">{t("lead")}</p>
      <TrackingLine tracking={tracking} checks={checks} />
      {unverified ? <p className="field__error">{t("clearedUnverified")}</p> : null}
      {withdrawn ? <p className="notice">{t("clear.withdrawn")}</p> : null}
      <p className="no-print">
        <label htmlFor="tracking-by">{t("by")}</label>{" "}
        <input id="tracking-by" value={by} maxLength={200} onChange={(e) => setBy(e.target.value)} />
      </p>
      <ol className="tracking__items">
        {tracking.items.map((item) => (
          <TrackedItemView
            key={item.key}
            assessmentId={assessment.id}
            item={item}
            label={labels.get(item.key) ?? item.id}
            by={by}
            reassessed={tracking.reassessed}
            onChange={onChange}
          >
            <EvidenceList
              {...common}
              item={item.key}
              label={labels.get(item.key) ?? item.id}
              files={item.evidence}
            />
          </TrackedItemView>
        ))}
      </ol>
      <h3>{t("evidence.assessmentTitle")}</h3>
      <EvidenceList
        {...common}
        item="assessment"
        label={t("evidence.assessmentTitle")}
        files={tracking.evidence}
      />
      {files.length > 0 ? <StorageUseLine /> : null}
      {clearance ? null : tracking.clearable ? (
        <ClearanceForm id={assessment.id} onCleared={onChange} />
      ) : (
        <p className="muted">{t("clear.notYet")}</p>
      )}
    </section>
  );
}

const NEXT: Record<TrackedStatus, readonly TrackedStatus[]> = {
  open: ["met", "waived", "not_needed"],
  met: ["open"],
  waived: ["open"],
  not_needed: ["open"],
};

function TrackedItemView({
  assessmentId,
  item,
  label,
  by,
  reassessed,
  onChange,
  children,
}: {
  assessmentId: string;
  item: TrackedItem;
  label: string;
  by: string;
  reassessed: boolean;
  onChange: (changed: Assessment) => void;
  children: React.ReactNode;
}) {
  const t = useTranslations("tracking");
  const dates = useDates();
  const [editing, setEditing] = useState<TrackedStatus | null>(null);
  const [date, setDate] = useState(localDate());
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const headingId = `item-${item.key.replace(":", "-")}`;
  const last = item.last;
  const actions = NEXT[item.status].filter((s) => s !== "not_needed" || reassessed);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!editing) return;
    setError(null);
    try {
      const next = await setItemStatus(assessmentId, {
        item: item.key,
        status: editing,
        by,
        ...(editing === "met" ? { date } : {}),
        ...(note.trim() ? { note } : {}),
      });
      setEditing(null);
      setNote("");
      setStatus(t("saved", { status: t(`status.${editing}`) }));
      onChange(next);
    } catch (e) {
      setError(e instanceof TrackingRefusedError ? t(`refusal.${e.refusal}`) : String(e));
    }
  }

  return (
    <li
      className="tracking__item card"
      data-item={item.key}
      data-item-status={item.status}
      aria-labelledby={headingId}
    >
      <p className="muted small">{t(`kind.${item.kind}`)}</p>
      <h3 id={headingId} className="tracking__label">
        {label}
      </h3>
      <p>
        <span className={`badge tracking__status tracking__status--${item.status}`}>
          {t(`status.${item.status}`)}
        </span>
        {item.overdue ? (
          <>
            {" "}
            <span className="badge badge--overdue">{t("overdue")}</span>
          </>
        ) : null}
        {item.due ? (
          <span className="muted">
            {" "}
            {item.due.date
              ? t(`dueOn.${item.due.point}`, { date: dates.date(item.due.date) })
              : t(`due.${item.due.point}`)}
          </span>
        ) : null}
      </p>
      {item.obtained && item.status === "open" ? <p className="muted small">{t("obtained")}</p> : null}
      {last ? (
        <p className="small">
          {t(`line.${last.status}`, {
            by: last.by,
            at: dates.dateTime(last.at),
            date: last.date ? dates.date(last.date) : "",
          })}
          {last.note ? (
            <>
              <br />
              {t(last.status === "met" ? "note" : "reason", { note: last.note })}
            </>
          ) : null}
        </p>
      ) : null}
      {children}
      {editing ? (
        <form className="tracking__form no-print" onSubmit={(e) => void save(e)} noValidate>
          <fieldset>
            <legend>{t("change", { item: label })}</legend>
            <p>
              <strong>{t(`action.${editing}`)}</strong>
            </p>
            {editing === "met" ? (
              <p>
                <label htmlFor={`${headingId}-date`}>{t("date")}</label>{" "}
                <input
                  id={`${headingId}-date`}
                  type="date"
                  value={date}
                  max={localDate()}
                  onChange={(e) => setDate(e.target.value)}
                />
              </p>
            ) : null}
            {editing === "open" ? null : (
              <p>
                <label htmlFor={`${headingId}-note`}>
                  {t(editing === "met" ? "noteLabel" : "reasonLabel")}
                </label>
                <textarea
                  id={`${headingId}-note`}
                  value={note}
                  rows={2}
                  maxLength={4000}
                  onChange={(e) => setNote(e.target.value)}
                  {...(error ? { "aria-invalid": true, "aria-describedby": `${headingId}-error` } : {})}
                />
              </p>
            )}
            {error ? (
              <p id={`${headingId}-error`} className="field__error">
                {error}
              </p>
            ) : null}
            <div className="actions">
              <button type="submit" className="button">
                {t("save")}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setEditing(null)}>
                {t("cancel")}
              </button>
            </div>
          </fieldset>
        </form>
      ) : (
        <div className="actions no-print">
          {actions.map((next) => (
            <button
              key={next}
              type="button"
              className="button button--secondary"
              aria-describedby={headingId}
              onClick={() => {
                setEditing(next);
                setError(null);
                setStatus(null);
              }}
            >
              {t(`action.${next}`)}
            </button>
          ))}
        </div>
      )}
      <p role="status" className="muted small">
        {status}
      </p>
    </li>
  );
}

/** How much this browser lets the app store, and whether it keeps it (storage honesty). */
function StorageUseLine() {
  const t = useTranslations("tracking");
  const locale = useLocale();
  const [use, setUse] = useState<StorageUse | null>(null);
  useEffect(() => {
    let live = true;
    void storageUse().then((u) => live && setUse(u));
    return () => {
      live = false;
    };
  }, []);
  if (!use) return null;
  return (
    <div className="muted small" data-testid="storage-use">
      <p>
        {use.usage !== undefined && use.quota !== undefined
          ? t("storage.use", { usage: formatBytes(use.usage, locale), quota: formatBytes(use.quota, locale) })
          : t("storage.unknown")}
      </p>
      <p>{use.persisted ? t("storage.persisted") : t("storage.notPersisted")}</p>
    </div>
  );
}

/** The reviewer's clearance, signed with this device's key, once every item is resolved. */
function ClearanceForm({ id, onCleared }: { id: string; onCleared: (a: Assessment) => void }) {
  const t = useTranslations("tracking");
  const ts = useTranslations("signOff");
  const [name, setName] = useState("");
  const [role, setRole] = useState("");
  const [comment, setComment] = useState("");
  const [tried, setTried] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const missing = { name: name.trim() === "", role: role.trim() === "" };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (missing.name || missing.role) return;
    setStatus(t("clear.saving"));
    try {
      const signer = await (await signingKeys()).deviceKey();
      onCleared(await clearAssessment(id, { name: name.trim(), role: role.trim(), comment }, signer));
      setStatus(null);
    } catch (error) {
      setStatus(
        error instanceof TrackingRefusedError
          ? t(`refusal.${error.refusal}`)
          : ts("keyFailed", { reason: error instanceof Error ? error.message : String(error) }),
      );
    }
  }

  const field = (key: keyof typeof missing) =>
    tried && missing[key] ? { "aria-invalid": true, "aria-describedby": `clear-${key}-error` } : {};
  const error = (key: keyof typeof missing) =>
    tried && missing[key] ? (
      <p id={`clear-${key}-error`} className="field__error">
        {ts("required")}
      </p>
    ) : null;

  return (
    <form className="card no-print" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="clear-title">
      <h3 id="clear-title">{t("clear.title")}</h3>
      <p>{t("clear.lead")}</p>
      <label htmlFor="clear-name">{t("clear.name")}</label>
      <input
        id="clear-name"
        value={name}
        maxLength={200}
        onChange={(e) => setName(e.target.value)}
        {...field("name")}
      />
      {error("name")}
      <label htmlFor="clear-role">{t("clear.role")}</label>
      <input
        id="clear-role"
        value={role}
        maxLength={200}
        onChange={(e) => setRole(e.target.value)}
        {...field("role")}
      />
      {error("role")}
      <label htmlFor="clear-comment">{t("clear.comment")}</label>
      <textarea
        id="clear-comment"
        value={comment}
        rows={2}
        maxLength={4000}
        onChange={(e) => setComment(e.target.value)}
      />
      <div className="actions">
        <button type="submit" className="button">
          {t("clear.submit")}
        </button>
      </div>
      <p role="status">{status}</p>
    </form>
  );
}
