"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

import { useRouter } from "@/lib/i18n/navigation";

/** Creates a draft on the current checklist version and opens it at the first step. */
export function NewAssessment() {
  const t = useTranslations("assess");
  const router = useRouter();
  const started = useRef(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    (async () => {
      // Written without Dexie when the database exists (quick-create.ts): autosave loads it later.
      const [{ CURRENT_CHECKLIST_VERSION, getChecklist }, { startDraft }] = await Promise.all([
        import("@/lib/checklist/registry"),
        import("@/lib/storage/quick-create"),
      ]);
      const firstStep = getChecklist(CURRENT_CHECKLIST_VERSION)?.sections[0]?.id ?? "basics";
      const draft = await startDraft(CURRENT_CHECKLIST_VERSION, firstStep);
      router.replace(`/assess/?id=${draft.id}`);
    })().catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  }, [router]);

  return (
    <>
      <h1>{t("newTitle")}</h1>
      {failure ? (
        <p role="alert">{t("save.failedBody", { reason: failure })}</p>
      ) : (
        <p role="status">{t("creating")}</p>
      )}
    </>
  );
}
