"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";

import { CURRENT_CHECKLIST_VERSION } from "@/lib/checklist/registry";
import { copyExample } from "@/lib/examples/copy-example";
import { exampleAssessment } from "@/lib/examples/example-assessment";
import { type ExampleId, exampleKeys, getExample } from "@/lib/examples/examples";
import type { ChecklistText } from "@/lib/i18n/checklist-text";
import { Link, useRouter } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/base/locale";
import { isLocale, labelled } from "@/lib/i18n/routing";

import { RiskSummaryView } from "../summary/risk-summary";
import { RouteLoading } from "../ui/route-parts";
import { useChecklistText } from "../ui/use-vocabulary";
import { useSummaryView } from "../summary/use-summary-view";

/**
 * One worked example, read-only: the summary's own components draw it from an assessment that
 * lives in memory only. Nothing is written to this browser's storage unless the user copies it.
 */
export default function ExampleWorkspace({ id }: { id: ExampleId }) {
  const text = useChecklistText(CURRENT_CHECKLIST_VERSION);
  return text ? <ExampleSummary id={id} text={text} /> : <RouteLoading />;
}

function ExampleSummary({ id, text }: { id: ExampleId; text: ChecklistText }) {
  const t = useTranslations("examples");
  const locale = useLocale();
  const language: Locale = isLocale(locale) ? locale : "en";
  const example = getExample(id)!;
  // On the current checklist, in the page's language, judged on the case's own date.
  const { assessment, checklist, summary } = useMemo(
    () => exampleAssessment(example, language),
    [example, language],
  );
  // Its status is "example" (it was neither completed nor is it anyone's draft), and its title
  // says so on the page and in the PDF.
  const asExample = useMemo(() => ({ status: t("noticeTitle"), projectNote: t("projectNote") }), [t]);
  const view = useSummaryView(assessment, checklist, text, summary, undefined, undefined, asExample);
  return (
    <div className="example" data-example={example.id}>
      <section className="notice example-notice" aria-labelledby="example-notice-title">
        <h2 id="example-notice-title" className="example-notice__title">
          {labelled(t("noticeTitle"), locale)}
          {t(exampleKeys(example.id).title)}
        </h2>
        <p>{t("notice")}</p>
        <CopyExample id={example.id} language={language} />
      </section>
      <RiskSummaryView view={view} assessment={assessment} />
    </div>
  );
}

type CopyState = { status: "idle" | "copying" } | { status: "failed"; error: string };

function CopyExample({ id, language }: { id: ExampleId; language: Locale }) {
  const t = useTranslations("examples");
  const router = useRouter();
  const [state, setState] = useState<CopyState>({ status: "idle" });
  async function copy() {
    setState({ status: "copying" });
    try {
      const draft = await copyExample(getExample(id)!, language);
      router.push(`/assess/?id=${draft.id}`);
    } catch (error) {
      setState({ status: "failed", error: error instanceof Error ? error.message : String(error) });
    }
  }
  return (
    <div className="no-print">
      <p className="muted">{t("copyNote")}</p>
      <div className="actions example-notice__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void copy()}
          disabled={state.status === "copying"}
          aria-busy={state.status === "copying"}
        >
          {t("copy")}
        </button>
        <Link href="/examples/">{t("all")}</Link>
      </div>
      <p role="status" className="save-status">
        {state.status === "copying" ? t("copying") : null}
      </p>
      {state.status === "failed" ? (
        <p role="alert" className="error-summary">
          {t("copyFailed", { error: state.error })}
        </p>
      ) : null}
    </div>
  );
}
