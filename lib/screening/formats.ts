// Reading list files into entries. Four formats (README "Screening lists"):
//   simple_csv             the app's own CSV (template.ts), for China's lists and in-house lists
//   opensanctions_ftm      OpenSanctions FollowTheMoney entities, one JSON object per line
//   opensanctions_targets  OpenSanctions targets.simple.csv
//   ofac_sdn               OFAC's sdn.csv with alt.csv (and add.csv for countries), no header
// Every problem is a ListFileError with a code the UI turns into a message, and the line it is
// on; a file with any problem yields nothing (the caller stores nothing).
import Papa from "papaparse";

import { ListFileError } from "./errors";
import type { ListEntry, ListFormat } from "./types";

export { ListFileError, type ListFileErrorCode } from "./errors";

/** Larger files are refused before they are read. */
export const MAX_LIST_BYTES = 256 * 1024 * 1024;

export interface ListFileText {
  name: string;
  text: string;
}

export type Progress = (done: number, total: number) => void;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// ---------------------------------------------------------------------------------------------
// CSV rows with their line numbers.

type Row = { cells: string[]; line: number };

function csvRows(file: ListFileText, onRow: (row: Row) => void, onProgress?: (done: number) => void) {
  const text = file.text.replace(/^\uFEFF/, "");
  const newline = text.includes("\n") ? "\n" : "\r";
  let counted = 0;
  let line = 1;
  let rowStart = 0;
  const lineAt = (offset: number) => {
    for (
      let at = text.indexOf(newline, counted);
      at !== -1 && at < offset;
      at = text.indexOf(newline, at + 1)
    ) {
      line += 1;
      counted = at + 1;
    }
    return line;
  };
  let rows = 0;
  Papa.parse<string[]>(text, {
    delimiter: ",",
    skipEmptyLines: "greedy",
    step(results) {
      const start = lineAt(rowStart);
      rowStart = results.meta.cursor;
      const problem = results.errors[0];
      if (problem) {
        throw new ListFileError(problem.code === "MissingQuotes" ? "quotes" : "columns", start, file.name);
      }
      const cells = results.data;
      // OFAC ends its files with a DOS end-of-file mark on a line of its own.
      if (cells.length === 1 && /^\s*\x1a?\s*$/.test(cells[0] ?? "")) return;
      onRow({ cells, line: start });
      rows += 1;
      if (onProgress && rows % 2000 === 0) onProgress(rowStart);
    },
  });
}

function requireColumns(row: Row, expected: number, file: string) {
  if (row.cells.length !== expected) {
    throw new ListFileError("columns", row.line, `${file}: ${expected} → ${row.cells.length}`);
  }
}

const split = (value: string | undefined, separator = /[;；]/) =>
  (value ?? "")
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);

const optional = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

function checkDate(value: string | undefined, line: number, file: string): string | undefined {
  const date = optional(value);
  if (date === undefined) return undefined;
  if (!ISO_DATE.test(date) || Number.isNaN(Date.parse(date))) {
    throw new ListFileError("bad_date", line, `${file}: ${date}`);
  }
  return date;
}

// ---------------------------------------------------------------------------------------------
// The app's simple CSV.

export const SIMPLE_COLUMNS = [
  "name",
  "aliases",
  "chinese_name",
  "country",
  "list",
  "programme",
  "listed_on",
  "source_url",
] as const;
export type SimpleColumn = (typeof SIMPLE_COLUMNS)[number];

/** The header in Chinese, accepted as well as the English one (the Chinese template uses it). */
export const SIMPLE_COLUMNS_ZH: Record<SimpleColumn, string> = {
  name: "名称",
  aliases: "别名",
  chinese_name: "中文名称",
  country: "国家或地区",
  list: "名单",
  programme: "项目",
  listed_on: "列入日期",
  source_url: "来源网址",
};

function simpleHeader(row: Row, file: string): Map<SimpleColumn, number> {
  const columns = new Map<SimpleColumn, number>();
  row.cells.forEach((cell, index) => {
    const label = cell.trim().toLowerCase();
    const column = SIMPLE_COLUMNS.find((c) => c === label || SIMPLE_COLUMNS_ZH[c] === label);
    if (column) columns.set(column, index);
  });
  if (!columns.has("name") && !columns.has("chinese_name")) {
    throw new ListFileError("header", row.line, `${file}: ${SIMPLE_COLUMNS.join(",")}`);
  }
  return columns;
}

/**
 * Rows of CSV files with a header: `header` reads the header into column positions (and throws on
 * a missing column); `entry` turns each later row, with a cell reader, into an entry.
 */
function csvTable<C extends string>(
  files: ListFileText[],
  progress: Progress,
  header: (row: Row, file: string) => Map<C, number>,
  entry: (cell: (column: C) => string | undefined, row: Row, file: string) => ListEntry,
): ListEntry[] {
  const entries: ListEntry[] = [];
  const total = files.reduce((sum, f) => sum + f.text.length, 0);
  for (const file of files) {
    let columns: Map<C, number> | null = null;
    let width = 0;
    csvRows(
      file,
      (row) => {
        if (!columns) {
          columns = header(row, file.name);
          width = row.cells.length;
          return;
        }
        requireColumns(row, width, file.name);
        const at = columns;
        entries.push(
          entry(
            (column) => {
              const index = at.get(column);
              return index === undefined ? undefined : row.cells[index];
            },
            row,
            file.name,
          ),
        );
      },
      (done) => progress(done, total),
    );
    if (!columns) throw new ListFileError("empty", undefined, file.name);
  }
  return entries;
}

function parseSimple(files: ListFileText[], progress: Progress): ListEntry[] {
  return csvTable(files, progress, simpleHeader, (cell, row, file) => {
    const name = optional(cell("name"));
    const chineseName = optional(cell("chinese_name"));
    if (!name && !chineseName) throw new ListFileError("no_name", row.line, file);
    return {
      key: `${file}:${row.line}`,
      names: [...(name ? [name] : []), ...split(cell("aliases"))],
      chineseName,
      countries: split(cell("country")),
      list: optional(cell("list")),
      programme: optional(cell("programme")),
      listedOn: checkDate(cell("listed_on"), row.line, file),
      sourceUrl: optional(cell("source_url")),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// OpenSanctions targets.simple.csv.

function targetsHeader(row: Row, file: string): Map<string, number> {
  const columns = new Map(row.cells.map((c, i) => [c.trim(), i]));
  const missing = ["id", "schema", "name"].filter((c) => !columns.has(c));
  if (missing.length > 0) throw new ListFileError("header", row.line, `${file}: ${missing.join(",")}`);
  return columns;
}

function parseTargets(files: ListFileText[], progress: Progress): ListEntry[] {
  return csvTable(files, progress, targetsHeader, (cell, row, file) => {
    const name = optional(cell("name"));
    if (!name) throw new ListFileError("no_name", row.line, file);
    const names = [name, ...split(cell("aliases"))];
    const han = names.find((n) => /\p{Script=Han}/u.test(n));
    return {
      key: cell("id")!,
      names: names.filter((n) => n !== han),
      chineseName: han,
      countries: split(cell("countries")),
      list: optional(cell("dataset")),
      programme: optional(cell("sanctions")),
      listedOn: optional(cell("first_seen"))?.slice(0, 10),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// OpenSanctions FollowTheMoney JSON lines.

const PARTY_SCHEMAS = new Set([
  "Person",
  "Company",
  "Organization",
  "LegalEntity",
  "PublicBody",
  "Vessel",
  "Airplane",
]);

type FtmEntity = {
  id?: unknown;
  schema?: unknown;
  target?: unknown;
  datasets?: unknown;
  properties?: Record<string, unknown>;
};

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v.trim() !== "") : [];

function parseFtm(files: ListFileText[], progress: Progress): ListEntry[] {
  const entries: ListEntry[] = [];
  const sanctions = new Map<string, { programme?: string; listedOn?: string; sourceUrl?: string }>();
  const total = files.reduce((sum, f) => sum + f.text.length, 0);
  let done = 0;
  for (const file of files) {
    const lines = file.text.replace(/^\uFEFF/, "").split("\n");
    lines.forEach((raw, index) => {
      const line = index + 1;
      done += raw.length + 1;
      if (line % 2000 === 0) progress(done, total);
      if (raw.trim() === "") return;
      let entity: FtmEntity;
      try {
        entity = JSON.parse(raw) as FtmEntity;
      } catch {
        throw new ListFileError("json", line, file.name);
      }
      if (typeof entity !== "object" || entity === null || typeof entity.schema !== "string") {
        throw new ListFileError("json", line, `${file.name}: schema`);
      }
      const p = entity.properties ?? {};
      if (entity.schema === "Sanction") {
        for (const target of strings(p.entity)) {
          sanctions.set(target, {
            programme: strings(p.program)[0] ?? strings(p.authority)[0],
            listedOn: strings(p.listingDate)[0] ?? strings(p.startDate)[0],
            sourceUrl: strings(p.sourceUrl)[0],
          });
        }
        return;
      }
      if (!PARTY_SCHEMAS.has(entity.schema) || entity.target === false) return;
      const names = [
        ...strings(p.name),
        ...strings(p.alias),
        ...strings(p.previousName),
        ...strings(p.weakAlias),
      ];
      if (names.length === 0 || typeof entity.id !== "string")
        throw new ListFileError("no_name", line, file.name);
      const han = names.find((n) => /\p{Script=Han}/u.test(n));
      const latin = names.filter((n) => n !== han);
      entries.push({
        key: entity.id,
        names: latin.length > 0 ? latin : [han!],
        chineseName: latin.length > 0 ? han : undefined,
        countries: [
          ...new Set([...strings(p.country), ...strings(p.jurisdiction), ...strings(p.nationality)]),
        ],
        list: strings(entity.datasets).join(", ") || undefined,
        programme: strings(p.program)[0],
        listedOn: strings(p.listingDate)[0] ?? strings(p.createdAt)[0],
        sourceUrl: strings(p.sourceUrl)[0],
      });
    });
  }
  return entries.map((entry) => {
    const sanction = sanctions.get(entry.key);
    if (!sanction) return entry;
    return {
      ...entry,
      programme: entry.programme ?? sanction.programme,
      listedOn: entry.listedOn ?? sanction.listedOn,
      sourceUrl: entry.sourceUrl ?? sanction.sourceUrl,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// OFAC SDN: sdn.csv (12 columns), alt.csv (5), add.csv (6); no header; "-0-" is empty.

const ofacValue = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed && trimmed !== "-0-" ? trimmed : undefined;
};

function parseOfac(files: ListFileText[], progress: Progress): ListEntry[] {
  const kinds = new Map<ListFileText, "sdn" | "alt" | "add">();
  const rowsOf = new Map<ListFileText, Row[]>();
  const total = files.reduce((sum, f) => sum + f.text.length, 0);
  let before = 0;
  for (const file of files) {
    const rows: Row[] = [];
    csvRows(
      file,
      (row) => rows.push(row),
      (done) => progress(before + done, total),
    );
    before += file.text.length;
    const first = rows[0];
    if (!first) throw new ListFileError("empty", undefined, file.name);
    const kind = ({ 12: "sdn", 5: "alt", 6: "add" } as const)[first.cells.length as 12 | 5 | 6];
    if (!kind || !/^\d+$/.test(first.cells[0]?.trim() ?? "")) {
      throw new ListFileError("ofac_file", first.line, `${file.name}: ${first.cells.length}`);
    }
    kinds.set(file, kind);
    rowsOf.set(file, rows);
  }
  const sdnFiles = files.filter((f) => kinds.get(f) === "sdn");
  if (sdnFiles.length === 0)
    throw new ListFileError("ofac_sdn_missing", undefined, files.map((f) => f.name).join(", "));

  const byNumber = new Map<string, ListEntry>();
  for (const file of sdnFiles) {
    for (const row of rowsOf.get(file)!) {
      requireColumns(row, 12, file.name);
      const [number, name, type, programme] = row.cells;
      const listed = ofacValue(name);
      if (!listed) throw new ListFileError("no_name", row.line, file.name);
      byNumber.set(number!.trim(), {
        key: number!.trim(),
        names: [listed],
        countries: [],
        list: ofacValue(type) ? `SDN (${ofacValue(type)})` : "SDN",
        programme: ofacValue(programme)?.replace(/\] \[/g, ", "),
      });
    }
  }
  for (const file of files) {
    const kind = kinds.get(file);
    if (kind === "sdn") continue;
    for (const row of rowsOf.get(file)!) {
      requireColumns(row, kind === "alt" ? 5 : 6, file.name);
      const entry = byNumber.get(row.cells[0]!.trim());
      if (!entry) throw new ListFileError("ofac_unknown_entity", row.line, `${file.name}: ${row.cells[0]}`);
      if (kind === "alt") {
        const alias = ofacValue(row.cells[3]);
        if (alias) entry.names.push(alias);
      } else {
        const country = ofacValue(row.cells[4]);
        if (country && !entry.countries.includes(country)) entry.countries.push(country);
      }
    }
  }
  return [...byNumber.values()];
}

// ---------------------------------------------------------------------------------------------

/** Parses one list from its file(s); throws ListFileError on the first problem. */
export function parseListFiles(
  format: ListFormat,
  files: ListFileText[],
  progress: Progress = () => {},
): ListEntry[] {
  if (files.length === 0 || files.every((f) => f.text.trim() === "")) {
    throw new ListFileError("empty", undefined, files.map((f) => f.name).join(", "));
  }
  const entries = (() => {
    switch (format) {
      case "simple_csv":
        return parseSimple(files, progress);
      case "opensanctions_targets":
        return parseTargets(files, progress);
      case "opensanctions_ftm":
        return parseFtm(files, progress);
      case "ofac_sdn":
        return parseOfac(files, progress);
    }
  })();
  if (entries.length === 0)
    throw new ListFileError("no_entities", undefined, files.map((f) => f.name).join(", "));
  return entries;
}
