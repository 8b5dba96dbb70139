"use client";

import { useLocale } from "next-intl";
import { useEffect, useMemo, useRef } from "react";

import { UNKNOWN } from "@/lib/checklist/types";
import { countryOptions } from "@/lib/i18n/countries";
import { isLocale } from "@/lib/i18n/routing";

import type { FieldProps } from "./field-props";

type InputProps = FieldProps & { aria: Record<string, string | boolean | undefined> };

const asText = (value: FieldProps["value"]) => (typeof value === "string" && value !== UNKNOWN ? value : "");

/** An emptied text control means "not answered", never an empty answer. */
const textChange = (onChange: FieldProps["onChange"]) => (e: { target: { value: string } }) =>
  onChange(e.target.value === "" ? undefined : e.target.value);

export function TextInput({
  id,
  value,
  onChange,
  onBlur,
  disabled,
  aria,
  maxLength,
}: InputProps & { maxLength?: number }) {
  return (
    <input
      id={id}
      type="text"
      value={asText(value)}
      disabled={disabled}
      maxLength={maxLength ? maxLength + 1 : undefined}
      onChange={textChange(onChange)}
      onBlur={onBlur}
      {...aria}
    />
  );
}

export function LongTextInput({ id, value, onChange, onBlur, disabled, aria }: InputProps) {
  return (
    <textarea
      id={id}
      value={asText(value)}
      disabled={disabled}
      rows={5}
      onChange={textChange(onChange)}
      onBlur={onBlur}
      {...aria}
    />
  );
}

/** Keeps what was typed (even "1e") so the schema can say why it is not a number. */
export function NumberInput({ id, value, onChange, onBlur, disabled, aria }: InputProps) {
  const shown = typeof value === "number" ? String(value) : asText(value);
  return (
    <input
      id={id}
      type="text"
      inputMode="decimal"
      value={shown}
      disabled={disabled}
      onChange={(e) => {
        const raw = e.target.value.trim().replace(/[,\s_]/g, "");
        if (raw === "") onChange(undefined);
        else onChange(/^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : e.target.value);
      }}
      onBlur={onBlur}
      {...aria}
    />
  );
}

export function DateInput({ id, value, onChange, onBlur, disabled, aria }: InputProps) {
  return (
    <input
      id={id}
      type="date"
      value={asText(value)}
      disabled={disabled}
      onChange={textChange(onChange)}
      onBlur={onBlur}
      {...aria}
    />
  );
}

export function CountrySelect({
  id,
  value,
  onChange,
  onBlur,
  disabled,
  aria,
  placeholder,
}: InputProps & { placeholder: string }) {
  const current = useLocale();
  const locale = isLocale(current) ? current : "en";
  const options = useMemo(() => countryOptions(locale), [locale]);
  return (
    <select
      id={id}
      value={asText(value)}
      disabled={disabled}
      onChange={textChange(onChange)}
      onBlur={onBlur}
      {...aria}
    >
      <option value="">{placeholder}</option>
      {options.map((o) => (
        <option key={o.code} value={o.code}>
          {o.name}
        </option>
      ))}
    </select>
  );
}

/**
 * The "Don't know" box beside a value input: it replaces the value with "unknown", and unticking
 * it gives back what was typed before it was ticked (nothing, when it was ticked in an earlier
 * visit), with the input enabled again.
 */
export function UnknownToggle({ id, value, onChange, label, disabled }: FieldProps & { label: string }) {
  const typed = useRef<FieldProps["value"]>(undefined);
  useEffect(() => {
    if (value !== UNKNOWN && value !== undefined) typed.current = value;
  }, [value]);
  return (
    <label className="option option--unknown unknown-toggle">
      <input
        type="checkbox"
        id={`${id}-unknown`}
        checked={value === UNKNOWN}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked ? UNKNOWN : typed.current)}
      />
      <span>{label}</span>
    </label>
  );
}
