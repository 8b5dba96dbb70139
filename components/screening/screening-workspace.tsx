"use client";

import { useState } from "react";

import type { ScreeningList } from "@/lib/screening/types";

import { ImportListForm } from "./import-list-form";
import { ListTable } from "./list-table";
import { NameSearch } from "./name-search";
import { TemplateDownloads } from "./template-downloads";
import { useScreening } from "./use-screening";

/** The Screening page: the lists in this browser, loading and replacing them, and a one-name check. */
export default function ScreeningWorkspace() {
  const { lists, refresh, getClient } = useScreening();
  const [replacing, setReplacing] = useState<ScreeningList | null>(null);
  /** What the last load said; the form is mounted afresh after it. */
  const [notice, setNotice] = useState<string | undefined>();
  if (!lists) return null;
  return (
    <>
      <ListTable lists={lists} onChanged={refresh} onReplace={setReplacing} />
      <ImportListForm
        key={replacing?.id ?? "new"}
        replacing={replacing}
        getClient={getClient}
        notice={notice}
        onCancelReplace={() => setReplacing(null)}
        onImported={(text) => {
          setNotice(text);
          setReplacing(null);
          refresh();
        }}
      />
      <TemplateDownloads />
      <NameSearch lists={lists} getClient={getClient} />
    </>
  );
}
