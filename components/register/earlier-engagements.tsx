"use client";

// "Earlier engagements with these parties", in the identity step only: the panel, the register's
// client and the matcher load when that step opens (the form's first load does without), and the
// worker starts on the panel's first lookup.
import dynamic from "next/dynamic";
import { useSearchParams } from "next/navigation";

import type { EarlierEngagementsProps } from "./earlier-engagements-panel";

const EarlierEngagementsPanel = dynamic(() => import("./earlier-engagements-panel"), { ssr: false });

export function EarlierEngagements(props: EarlierEngagementsProps & { sectionId: string }) {
  const id = useSearchParams().get("id");
  if (props.sectionId !== "identity" || !id) return null;
  return <EarlierEngagementsPanel {...props} assessmentId={id} />;
}
