// The compliance register: history rows as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so
// spreadsheet programs read Chinese correctly). Every cell is quoted, so no separator inside a
// cell (comma, semicolon, tab) splits it, whatever separator the spreadsheet expects. A formula
// trigger (= + - @, or a leading tab or CR) at the start of a cell, or after a separator inside
// it (for a program that splits on that separator anyway), gets an apostrophe before it, so it
// is read as text.
/** One column of the register: its header, and its cell for one line. */
export type RegisterColumn<Line> = {
  header: string;
  value: (line: Line) => string;
};

const LEADING_TRIGGER = /^\s*[=+\-@]|^[\t\r]/;
const TRIGGER_AFTER_SEPARATOR = /([,;|\t\r\n]\s*)(?=[=+\-@])/g;

/** One cell: formula triggers neutralised, quoted, quotes doubled. */
export function csvCell(value: string): string {
  const inside = value.replace(TRIGGER_AFTER_SEPARATOR, "$1'");
  const safe = LEADING_TRIGGER.test(inside) ? `'${inside}` : inside;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function registerCsv<Line>(lines: readonly Line[], columns: readonly RegisterColumn<Line>[]): string {
  const out = [columns.map((c) => csvCell(c.header)).join(",")];
  for (const line of lines) out.push(columns.map((c) => csvCell(c.value(line))).join(","));
  return `\uFEFF${out.join("\r\n")}\r\n`;
}
