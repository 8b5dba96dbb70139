"use client";

// "Screen these names", in the identity step only: the panel, the screening lists' store and the
// record's code load when that step opens (the other steps, and a draft's first load, do without).
import dynamic from "next/dynamic";
import { useSearchParams } from "next/navigation";

import type { ScreenNamesProps } from "./screen-names-panel";

const ScreenNamesPanel = dynamic(() => import("./screen-names-panel"), { ssr: false });

export function ScreenNames(props: ScreenNamesProps) {
  const id = useSearchParams().get("id");
  if (props.sectionId !== "identity" || !id) return null;
  return <ScreenNamesPanel {...props} assessmentId={id} />;
}
