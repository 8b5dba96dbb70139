"use client";

import { useTranslations } from "next-intl";

import type { Checklist } from "@/lib/checklist/types";
import type { FormChecklistText } from "@/lib/i18n/checklist-text";
import type { Overwritten } from "@/lib/storage";

type Props = {
  items: readonly Overwritten[];
  checklist: Checklist;
  text: FormChecklistText;
  onDismiss: () => void;
};

/** Answers of this tab that another tab replaced later: each with the value that was lost. */
export function OverwriteNotice({ items, checklist, text, onDismiss }: Props) {
  const t = useTranslations("integrity.overwritten");
  if (items.length === 0) return null;
  const questions = new Map(checklist.sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const)));
  const shown = (id: string, value: Overwritten["replaced"]) => {
    const q = questions.get(id);
    const words = q && value !== undefined ? text.answer(q, value) : undefined;
    return words ?? (value === undefined ? t("none") : String(value));
  };
  return (
    <div role="alert" className="save-status save-status--failed" data-testid="overwrite-notice">
      <p>
        <strong>{t("title")}</strong>
      </p>
      <ul>
        {items.map((o, i) => {
          const q = questions.get(o.question);
          return (
            <li key={`${o.question}-${i}`} data-overwritten={o.question}>
              {t("item", {
                question: q ? text.questionLabel(q) : o.question,
                replaced: shown(o.question, o.replaced),
                by: shown(o.question, o.by),
              })}
            </li>
          );
        })}
      </ul>
      <button type="button" className="button button--secondary" onClick={onDismiss}>
        {t("dismiss")}
      </button>
    </div>
  );
}
