"use client";

import { useEffect, useState } from "react";

import type { EvidenceRef } from "@/lib/assessment/assessment";
import { readEvidence } from "@/lib/storage";
import { isShownAsImage } from "@/lib/tracking/evidence";

/** What the page may do with a stored file, once its bytes were checked against the trail's hash. */
export type EvidenceContent =
  | { state: "missing" }
  | { state: "altered" }
  /** `url`: a blob: URL of the bytes, typed as an image only for the image types, else as
   *  application/octet-stream so that no browser renders it (offered as a download). */
  | { state: "intact"; url: string; image: boolean };

/** No file read yet: each one reads as being checked. */
const CHECKING: ReadonlyMap<string, EvidenceContent> = new Map();

/**
 * The content of the assessment's stored evidence files, each checked against its recorded SHA-256
 * on display. blob: URLs are revoked when the files change or the page leaves.
 */
export function useEvidence(id: string, refs: readonly EvidenceRef[]): ReadonlyMap<string, EvidenceContent> {
  const key = `${id}/${refs.map((r) => r.id).join(",")}`;
  const [read, setRead] = useState<{ key: string; contents: ReadonlyMap<string, EvidenceContent> } | null>(
    null,
  );

  useEffect(() => {
    let live = true;
    const urls: string[] = [];
    void readEvidence(id, refs)
      .then((stored) => {
        if (!live) return;
        const next = new Map<string, EvidenceContent>();
        for (const ref of refs) {
          const content = stored.get(ref.id);
          if (!content) next.set(ref.id, { state: "missing" });
          else if (!content.intact) next.set(ref.id, { state: "altered" });
          else {
            const image = isShownAsImage(ref.type);
            const url = URL.createObjectURL(
              new Blob([content.blob], { type: image ? ref.type : "application/octet-stream" }),
            );
            urls.push(url);
            next.set(ref.id, { state: "intact", url, image });
          }
        }
        setRead({ key, contents: next });
      })
      .catch(
        () => live && setRead({ key, contents: new Map(refs.map((r) => [r.id, { state: "missing" }])) }),
      );
    return () => {
      live = false;
      urls.forEach((url) => URL.revokeObjectURL(url));
    };
    // `key` stands for `refs` (a new array on every render of the same files).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return read?.key === key ? read.contents : CHECKING;
}
