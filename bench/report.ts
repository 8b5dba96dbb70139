export type Quantiles = { p50: number; p95: number; max: number };

export function quantiles(samples: number[]): Quantiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN };
}

export function printRow(label: string, q: Quantiles, baseline?: Quantiles) {
  const ratio = baseline ? `  (p95 ${(q.p95 / baseline.p95).toFixed(2)}× floor)` : "";
  console.log(
    `${label.padEnd(28)} p50 ${q.p50.toFixed(2).padStart(7)}  p95 ${q.p95.toFixed(2).padStart(7)}  max ${q.max.toFixed(2).padStart(7)}${ratio}`,
  );
}
