export type Quantiles = { p50: number; p95: number; max: number };

/**
 * Nearest-rank quantiles: the p95 of 20 samples is the 19th smallest, of 5 (or of 19) the largest.
 * (Until 2026-12 this took the sample at floor(q·n), one rank high: the p95 of 20 or 40 samples
 * was the largest or the second largest.)
 */
export function quantiles(samples: number[]): Quantiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN };
}

export function printRow(label: string, q: Quantiles, baseline?: Quantiles) {
  const ratio = baseline ? `  (p95 ${(q.p95 / baseline.p95).toFixed(2)}× floor)` : "";
  console.log(
    `${label.padEnd(28)} p50 ${q.p50.toFixed(2).padStart(7)}  p95 ${q.p95.toFixed(2).padStart(7)}  max ${q.max.toFixed(2).padStart(7)}${ratio}`,
  );
}
