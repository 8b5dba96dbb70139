// The compliance register: history rows as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so
// spreadsheet programs read Chinese correctly). Cells that a spreadsheet would run as a formula
// (starting with = + - @ tab or CR) are prefixed with an apostrophe.
import type { HistoryRow } from "@/lib/storage/history-row";

export type RegisterColumn = {
  header: string;
  value: (row: HistoryRow) => string;
};

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function registerCsv(rows: readonly HistoryRow[], columns: readonly RegisterColumn[]): string {
  const lines = [columns.map((c) => cell(c.header)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => cell(c.value(row))).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
