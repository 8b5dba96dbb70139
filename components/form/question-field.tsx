"use client";

import dynamic from "next/dynamic";
import { useLocale, useTranslations } from "next-intl";

import type { Question } from "@/lib/checklist/types";
import { NOT_APPLICABLE, UNKNOWN } from "@/lib/checklist/types";
import { controlAria, Field } from "@/components/ui/field";

import { CheckboxOptions, type Option, RadioOptions } from "./choice-inputs";
import type { FormChecklistText } from "@/lib/i18n/checklist-text";
import type { AnswerSource } from "@/lib/assessment/answer-sources";
import { labelled, parenthesised } from "@/lib/i18n/routing";
import type { FieldProps } from "./field-props";
import {
  CountrySelect,
  DateInput,
  LongTextInput,
  NumberInput,
  TextInput,
  UnknownToggle,
} from "./value-inputs";

// "Per the client's letter of …" shows only beside an answer recorded from a letter: its code (and
// the letter's dates) loads with the first such answer, not with every form.
const ClientAnswerNote = dynamic(
  () => import("@/components/letter/client-answer-note").then((m) => m.ClientAnswerNote),
  { ssr: false },
);

type Props = Omit<FieldProps, "id" | "invalid"> & {
  question: Question;
  text: FormChecklistText;
  error?: string;
  /** New or changed since the assessment this one re-assesses. */
  isNew?: boolean;
  /** Where the answer came from, when it was recorded from the client's letter. */
  source?: AnswerSource;
};

/** Renders any question of the checklist from its definition: one control per question kind. */
export function QuestionField({ question, text, error, isNew, source, ...field }: Props) {
  const t = useTranslations("assess");
  const locale = useLocale();
  const dontKnow = text.option(question, UNKNOWN);
  const id = `q-${question.id}`;
  const help = text.questionHelp(question);
  const basis = text.questionBasis(question);
  // "Don't know" and "does not apply" are answers of their own, exclusive of the others.
  const unknownOption: Option[] = [
    ...(question.allowUnknown ? [{ id: UNKNOWN, label: dontKnow, unknown: true }] : []),
    ...(question.allowNotApplicable
      ? [{ id: NOT_APPLICABLE, label: text.option(question, NOT_APPLICABLE), unknown: true }]
      : []),
  ];
  const props: FieldProps = { ...field, id, invalid: Boolean(error) };
  const aria = controlAria(id, error, false);
  const isUnknown = field.value === UNKNOWN;
  const unknownToggle = question.allowUnknown ? <UnknownToggle {...props} label={dontKnow} /> : null;

  let group = false;
  let control: React.ReactNode;
  switch (question.kind) {
    case "yesNo":
      group = true;
      control = (
        <RadioOptions
          {...props}
          options={[
            { id: "yes", label: text.option(question, "yes") },
            { id: "no", label: text.option(question, "no") },
            ...unknownOption,
          ]}
        />
      );
      break;
    case "singleChoice":
      group = true;
      control = (
        <RadioOptions
          {...props}
          options={[
            ...question.options.map((o) => ({ id: o, label: text.option(question, o) })),
            ...unknownOption,
          ]}
        />
      );
      break;
    case "multiChoice":
      group = true;
      control = (
        <CheckboxOptions
          {...props}
          options={[
            ...question.options.map((o) => ({ id: o, label: text.option(question, o) })),
            ...unknownOption,
          ]}
        />
      );
      break;
    case "number":
      control = (
        <>
          <span className="input-with-unit">
            <NumberInput {...props} aria={aria} disabled={props.disabled || isUnknown} />
            {question.unit ? <span className="unit">{text.unit(question.unit)}</span> : null}
          </span>
          {unknownToggle}
        </>
      );
      break;
    case "text":
      control = (
        <>
          <TextInput
            {...props}
            aria={aria}
            maxLength={question.maxLength}
            disabled={props.disabled || isUnknown}
          />
          {unknownToggle}
        </>
      );
      break;
    case "longText":
      control = (
        <>
          <LongTextInput {...props} aria={aria} disabled={props.disabled || isUnknown} />
          {unknownToggle}
        </>
      );
      break;
    case "country":
      control = (
        <>
          <CountrySelect
            {...props}
            aria={aria}
            placeholder={t("chooseCountry")}
            disabled={props.disabled || isUnknown}
          />
          {unknownToggle}
        </>
      );
      break;
    case "date":
      control = (
        <>
          <DateInput {...props} aria={aria} disabled={props.disabled || isUnknown} />
          {unknownToggle}
        </>
      );
      break;
  }

  return (
    <div className="question" data-question={question.id} data-new-question={isNew || undefined}>
      {isNew ? <p className="badge badge--new">{t("newOrChanged")}</p> : null}
      <Field
        id={id}
        group={group}
        label={text.questionLabel(question)}
        requiredText={question.required ? parenthesised(t("required"), locale) : undefined}
        error={error}
        extra={
          help || basis ? (
            <details className="why">
              <summary>{t("whyWeAsk")}</summary>
              <div>
                {help ? <p>{help}</p> : null}
                {basis ? (
                  <p>
                    <strong>{labelled(t("legalBasis"), locale)}</strong>
                    {basis}
                  </p>
                ) : null}
              </div>
            </details>
          ) : null
        }
      >
        {control}
        {source ? <ClientAnswerNote source={source} value={field.value} /> : null}
      </Field>
    </div>
  );
}
