"use client";

import { useTranslations } from "next-intl";
import { memo, type RefObject, startTransition, useRef, useState } from "react";

import { localDate } from "@/lib/assessment/dates";
import type { ImportPhase, ScreeningClient } from "@/lib/screening/screening-client";
import {
  LIST_FORMATS,
  LIST_SCOPES,
  type ListFormat,
  type ListScope,
  type ScreeningList,
} from "@/lib/screening/types";

import { controlAria, Field } from "@/components/ui/field";

import { listErrorText } from "./list-error";

type Props = {
  replacing: ScreeningList | null;
  getClient: () => ScreeningClient;
  onImported: (notice: string) => void;
  notice?: string;
  onCancelReplace: () => void;
};

type Status = { kind: "progress"; text: string; value?: number } | { kind: "ok" | "error"; text: string };

const defaultScope = (format: ListFormat): ListScope => (format === "simple_csv" ? "china" : "foreign");

/**
 * Loads a list (or a new snapshot of one) through the worker: the file is read, checked, normalised
 * and stored there with progress; a refused file is named with its line, and nothing is stored.
 */
export function ImportListForm({ replacing, getClient, onImported, onCancelReplace, notice }: Props) {
  const t = useTranslations("screening");
  const fileRef = useRef<HTMLInputElement>(null);
  const [format, setFormat] = useState<ListFormat>(replacing?.format ?? "simple_csv");
  const [scope, setScope] = useState<ListScope>(replacing?.scope ?? "china");
  const [name, setName] = useState(replacing?.name ?? "");
  const [asOf, setAsOf] = useState(localDate());
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(notice ? { kind: "ok", text: notice } : null);

  // Progress and the end of a load re-render the form (and, at the end, the list table) as
  // transitions: React renders them in slices between frames, so the page stays responsive while
  // the worker works (the list-import bench measures the longest main-thread task).
  const progressText = (phase: ImportPhase, done: number, total: number) => {
    const percent = total > 0 ? Math.round((done / total) * 100) : 0;
    startTransition(() =>
      setStatus({ kind: "progress", text: t(`phase.${phase}`, { done, total, percent }), value: percent }),
    );
  };

  async function load() {
    const files = [...(fileRef.current?.files ?? [])];
    if (files.length === 0 || name.trim() === "" || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
      setStatus({ kind: "error", text: t("required") });
      return;
    }
    setBusy(true);
    setStatus({ kind: "progress", text: t("phase.read") });
    try {
      const list = await getClient().importList(
        { files, format, name, scope, asOf, replaces: replacing?.id },
        progressText,
      );
      const text = t("imported", { name: list.name, count: list.entityCount });
      if (fileRef.current) fileRef.current.value = "";
      startTransition(() => {
        setStatus({ kind: "ok", text });
        onImported(text);
      });
    } catch (error) {
      setStatus({ kind: "error", text: listErrorText(t, error) });
    } finally {
      setBusy(false);
    }
  }

  const title = replacing ? t("replaceTitle", { name: replacing.name }) : t("importTitle");
  return (
    <section aria-labelledby="load-title" className="exchange-block">
      <h2 id="load-title">{title}</h2>
      <ListFields
        fileRef={fileRef}
        replacing={replacing !== null}
        format={format}
        setFormat={setFormat}
        name={name}
        setName={setName}
        scope={scope}
        setScope={setScope}
        asOf={asOf}
        setAsOf={setAsOf}
      />
      <div className="actions">
        <button type="button" className="button" disabled={busy} onClick={() => void load()}>
          {t("load")}
        </button>
        {replacing ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={onCancelReplace}
          >
            {t("cancelReplace")}
          </button>
        ) : null}
      </div>
      {status?.kind === "progress" && status.value !== undefined ? (
        <progress max={100} value={status.value} aria-labelledby="list-load-status" />
      ) : null}
      <p role="status" id="list-load-status" data-testid="list-load-status">
        {status && status.kind !== "error" ? status.text : null}
      </p>
      <p
        role="alert"
        data-testid="list-load-error"
        className={status?.kind === "error" ? "field__error" : undefined}
      >
        {status?.kind === "error" ? status.text : null}
      </p>
    </section>
  );
}

type FieldsProps = {
  fileRef: RefObject<HTMLInputElement | null>;
  replacing: boolean;
  format: ListFormat;
  setFormat: (format: ListFormat) => void;
  name: string;
  setName: (name: string) => void;
  scope: ListScope;
  setScope: (scope: ListScope) => void;
  asOf: string;
  setAsOf: (asOf: string) => void;
};

/**
 * The form's fields, memoised: a load's progress re-renders only the status below them (each
 * re-render of every label and option took tens of milliseconds on a slow machine, in one task).
 */
const ListFields = memo(function ListFields(props: FieldsProps) {
  const { fileRef, replacing, format, setFormat, name, setName, scope, setScope, asOf, setAsOf } = props;
  const t = useTranslations("screening");
  return (
    <>
      <Field id="list-files" label={t("files")} group={false} description={t("filesHint")}>
        <input
          id="list-files"
          ref={fileRef}
          type="file"
          multiple
          accept=".csv,.json,.jsonl,.ftm,text/csv,application/json"
          {...controlAria("list-files", undefined, true)}
        />
      </Field>
      <Field id="list-format" label={t("format")} group={false}>
        <select
          id="list-format"
          value={format}
          onChange={(e) => {
            const next = e.target.value as ListFormat;
            setFormat(next);
            if (!replacing) setScope(defaultScope(next));
          }}
        >
          {LIST_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`formats.${f}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="list-name" label={t("sourceName")} group={false} description={t("sourceNameHint")}>
        <input
          id="list-name"
          type="text"
          maxLength={200}
          value={name}
          {...controlAria("list-name", undefined, true)}
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      <fieldset className="field">
        <legend className="field__label">{t("scopeLabel")}</legend>
        {LIST_SCOPES.map((s) => (
          <p key={s} className="checkbox-line">
            <input
              id={`list-scope-${s}`}
              type="radio"
              name="list-scope"
              value={s}
              checked={scope === s}
              onChange={() => setScope(s)}
            />
            <label htmlFor={`list-scope-${s}`}>{t(`scope.${s}`)}</label>
          </p>
        ))}
      </fieldset>
      <Field id="list-as-of" label={t("asOf")} group={false} description={t("asOfHint")}>
        <input
          id="list-as-of"
          type="date"
          value={asOf}
          {...controlAria("list-as-of", undefined, true)}
          onChange={(e) => setAsOf(e.target.value)}
        />
      </Field>
    </>
  );
});
