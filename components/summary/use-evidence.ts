"use client";

import { useEffect, useRef, useState } from "react";

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
 * when the page first shows it. A file already checked on this page is not read again when the
 * list changes (adding the twentieth file hashes one file, not twenty); a reload checks them all.
 * blob: URLs are revoked when their file leaves the list or the page leaves.
 */
export function useEvidence(id: string, refs: readonly EvidenceRef[]): ReadonlyMap<string, EvidenceContent> {
  const key = `${id}/${refs.map((r) => r.id).join(",")}`;
  const [read, setRead] = useState<{ key: string; contents: ReadonlyMap<string, EvidenceContent> } | null>(
    null,
  );
  // Files checked on this page (of this assessment), with the blob: URL made for each.
  const checked = useRef<{ id: string; contents: Map<string, EvidenceContent> }>({ id, contents: new Map() });

  useEffect(() => {
    let live = true;
    if (checked.current.id !== id) {
      revokeAll(checked.current.contents);
      checked.current = { id, contents: new Map() };
    }
    const known = checked.current.contents;
    const listed = new Set(refs.map((r) => r.id));
    for (const [fileId, content] of known)
      if (!listed.has(fileId)) {
        if (content.state === "intact") URL.revokeObjectURL(content.url);
        known.delete(fileId);
      }
    const unread = refs.filter((r) => !known.has(r.id));
    const show = () => setRead({ key, contents: new Map(refs.map((r) => [r.id, known.get(r.id)!])) });
    if (unread.length === 0) show();
    else
      void readEvidence(id, unread)
        .then((stored) => {
          for (const ref of unread) {
            const content = stored.get(ref.id);
            if (!content) known.set(ref.id, { state: "missing" });
            else if (!content.intact) known.set(ref.id, { state: "altered" });
            else {
              const image = isShownAsImage(ref.type);
              const url = URL.createObjectURL(
                new Blob([content.blob], { type: image ? ref.type : "application/octet-stream" }),
              );
              known.set(ref.id, { state: "intact", url, image });
            }
          }
          if (live) show();
        })
        .catch(
          () => live && setRead({ key, contents: new Map(refs.map((r) => [r.id, { state: "missing" }])) }),
        );
    return () => {
      live = false;
    };
    // `key` stands for `refs` (a new array on every render of the same files).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  // The page leaves: every URL made goes.
  useEffect(() => () => revokeAll(checked.current.contents), []);

  return read?.key === key ? read.contents : CHECKING;
}

/** Revokes every URL made and forgets the files: a later showing checks them again. */
function revokeAll(contents: Map<string, EvidenceContent>) {
  for (const content of contents.values()) if (content.state === "intact") URL.revokeObjectURL(content.url);
  contents.clear();
}
