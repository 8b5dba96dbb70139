import type { ReactNode } from "react";

type Props = {
  id: string;
  label: ReactNode;
  /** Choice groups are a fieldset with a legend; single inputs get a <label for>. */
  group: boolean;
  /** The "(required)" marker after the label, brackets included (they differ by language). */
  requiredText?: string;
  description?: ReactNode;
  error?: string;
  children: ReactNode;
  extra?: ReactNode;
};

export const errorId = (id: string) => `${id}-error`;
export const descriptionId = (id: string) => `${id}-description`;

/** Accessible field markup: label or legend, description and error text tied to the control. */
export function Field({ id, label, group, requiredText, description, error, children, extra }: Props) {
  const heading = (
    <>
      {label}
      {requiredText ? <span className="field__required">{requiredText}</span> : null}
    </>
  );
  const body = (
    <>
      {description ? (
        <div id={descriptionId(id)} className="field__description">
          {description}
        </div>
      ) : null}
      {children}
      {error ? (
        <p id={errorId(id)} className="field__error">
          {error}
        </p>
      ) : null}
      {extra}
    </>
  );
  if (group) {
    return (
      <fieldset
        className="field"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId(id) : undefined}
      >
        <legend className="field__label" id={`${id}-label`}>
          {heading}
        </legend>
        {body}
      </fieldset>
    );
  }
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {heading}
      </label>
      {body}
    </div>
  );
}

/** aria-* for a single control inside <Field>. */
export function controlAria(id: string, error: string | undefined, hasDescription: boolean) {
  const describedBy = [hasDescription ? descriptionId(id) : null, error ? errorId(id) : null]
    .filter(Boolean)
    .join(" ");
  return { "aria-invalid": error ? true : undefined, "aria-describedby": describedBy || undefined } as const;
}
