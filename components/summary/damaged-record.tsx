"use client";

// What a page shows for a stored record that does not parse: its id and the first things wrong with
// it, in the page's language. Loaded only for such a record (load-problem.tsx), with zod's messages.
import { useLocale, useTranslations } from "next-intl";

import type { DamagedRecordError } from "@/lib/assessment/assessment";
import { describeIssues } from "@/lib/assessment/issues";
import { isLocale } from "@/lib/i18n/routing";

export function DamagedRecord({ id, issues }: { id: string; issues: DamagedRecordError["issues"] }) {
  const t = useTranslations("integrity.damaged");
  const locale = useLocale();
  const problems = describeIssues(issues, isLocale(locale) ? locale : "en");
  return (
    <>
      <h1>{t("title")}</h1>
      <p role="alert" data-damaged={id}>
        {t("body", { id, problems: problems.join("; ") })}
      </p>
    </>
  );
}
