"use client";

import { useEffect, useRef, useState } from "react";

import { CURRENT_CHECKLIST_VERSION, getChecklist } from "@/lib/checklist/registry";
import { useRouter } from "@/lib/i18n/navigation";
import { startDraft } from "@/lib/storage";

import { CreatingDraft } from "@/components/ui/route-parts";

/**
 * Creates a draft on the current checklist version and opens it at the first step. Loaded with
 * the assessment workspace (assess-route.tsx), whose code the draft's page needs next. The draft is
 * written without Dexie when the database exists (quick-create.ts): autosave loads it later.
 */
export function NewAssessment() {
  const router = useRouter();
  const started = useRef(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const firstStep = getChecklist(CURRENT_CHECKLIST_VERSION)?.sections[0]?.id ?? "basics";
    startDraft(CURRENT_CHECKLIST_VERSION, firstStep)
      .then((draft) => router.replace(`/assess/?id=${draft.id}`))
      .catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  }, [router]);

  return <CreatingDraft failure={failure} />;
}
