// The PDF's "Conditions and approvals" page (issue 28 item 6): added after the verdict pages,
// which stay as they were. Each item of the frozen verdict with its status, when and by whom it
// was set, the note, and its evidence files by name and SHA-256 prefix (a reader holding a file can
// check it is the one recorded); marked with the date the status was read.
import type { Translate } from "@/lib/base/locale";
import type { SummaryView } from "@/lib/summary/summary-view";
import type { EvidenceOnRecord, TrackedItem, Tracking } from "@/lib/tracking/model";

import type { Block, Inline } from "./layout/document";
import { MUTED } from "./layout/render";

/** How many hex digits of a file's SHA-256 are printed (as on the summary page). */
export const HASH_PREFIX = 16;

const SMALL = 8.5;

/**
 * The page's blocks: a page break, the title, "Status as of {asOf}", the progress, then a table
 * of items and one of the files kept for the whole assessment. `tr`: the `tracking` namespace.
 */
export function trackingPage(view: SummaryView, tracking: Tracking, asOf: string, tr: Translate): Block[] {
  const labels = new Map<string, string>([
    ...view.conditions.map((c) => [`condition:${c.id}`, c.text] as const),
    ...view.approvals.map((a) => [`approval:${a.id}`, a.label] as const),
  ]);
  const day = (iso: string) => iso.slice(0, 10);
  const file = (f: EvidenceOnRecord): string => {
    const line = tr("pdf.file", { name: f.ref.name, prefix: f.ref.sha256.slice(0, HASH_PREFIX) });
    return f.removed ? `${line} ${tr("pdf.fileRemoved", { date: day(f.removed.at) })}` : line;
  };
  const files = (list: readonly EvidenceOnRecord[]): Inline =>
    list.length === 0 ? { text: tr("evidence.none"), color: MUTED } : list.map(file).join("\n");
  const status = (item: TrackedItem): Inline => {
    const last = item.last;
    const lines = [tr(`status.${item.status}`)];
    if (last)
      lines.push(
        tr(`line.${last.status}`, { date: last.date ?? day(last.at), by: last.by, at: day(last.at) }),
      );
    if (last?.note) lines.push(tr(last.status === "met" ? "note" : "reason", { note: last.note }));
    if (item.overdue) lines.push(tr("overdue"));
    return lines.join("\n");
  };
  const { counts } = tracking;
  return [
    { kind: "pageBreak" },
    { kind: "title", text: tr("title") },
    { kind: "paragraph", text: tr("pdf.asOf", { date: asOf }), color: MUTED, spaceAfter: 2 },
    {
      kind: "paragraph",
      text: tr("progress", { done: counts.met + counts.waived + counts.notNeeded, total: counts.total }),
      spaceAfter: 6,
    },
    {
      kind: "table",
      columns: [0.36, 0.32, 0.32],
      size: SMALL,
      header: [tr("pdf.item"), tr("pdf.status"), tr("evidence.title")],
      rows: tracking.items.map((item) => [
        `${tr(`kind.${item.kind}`)}: ${labels.get(item.key) ?? item.id}`,
        status(item),
        files(item.evidence),
      ]),
    },
    { kind: "heading", level: 3, text: tr("evidence.assessmentTitle") },
    { kind: "paragraph", text: files(tracking.evidence), size: SMALL },
  ];
}
