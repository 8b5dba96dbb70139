"use client";

import type { FieldProps } from "./field-props";

export type Option = { id: string; label: string; unknown?: boolean };

function optionClass(option: Option) {
  return option.unknown ? "option option--unknown" : "option";
}

/** Radio buttons: yes / no / don't know, or one of a single choice's options. */
export function RadioOptions({
  id,
  options,
  value,
  onChange,
  onBlur,
  disabled,
}: FieldProps & { options: Option[] }) {
  return (
    <div className="options">
      {options.map((option) => (
        <label key={option.id} className={optionClass(option)}>
          <input
            type="radio"
            name={id}
            value={option.id}
            checked={value === option.id}
            disabled={disabled}
            onChange={() => onChange(option.id)}
            onBlur={onBlur}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}

/** Exclusive choices ("none", "don't know") clear the others, and the others clear them. */
export function toggleMulti(
  current: readonly string[],
  option: string,
  exclusive: readonly string[],
): string[] {
  if (current.includes(option)) return current.filter((o) => o !== option);
  if (exclusive.includes(option)) return [option];
  return [...current.filter((o) => !exclusive.includes(o)), option];
}

/** Checkboxes for a multiple choice; "none" and "don't know" are exclusive. */
export function CheckboxOptions({
  id,
  options,
  value,
  onChange,
  onBlur,
  disabled,
}: FieldProps & { options: Option[] }) {
  const selected = Array.isArray(value) ? (value as readonly string[]) : [];
  const exclusive = options.filter((o) => o.unknown || o.id === "none").map((o) => o.id);
  return (
    <div className="options options--stacked">
      {options.map((option) => (
        <label key={option.id} className={optionClass(option)}>
          <input
            type="checkbox"
            name={id}
            value={option.id}
            checked={selected.includes(option.id)}
            disabled={disabled}
            onChange={() => {
              const next = toggleMulti(selected, option.id, exclusive);
              onChange(next.length ? next : undefined);
            }}
            onBlur={onBlur}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}
