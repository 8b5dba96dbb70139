"use client";

import type { HitDetailRow } from "@/lib/screening/record-view";

/** Why a name is a possible match, as rows of lib/screening/record-view.ts hitDetailRows. */
export function HitDetails({ rows, score }: { rows: readonly HitDetailRow[]; score: number }) {
  return (
    <dl className="hit-details" data-score={score}>
      {rows.map(({ label, value }) => (
        <div key={label} className="hit-details__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
