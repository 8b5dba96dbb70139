// `node scripts/import-layers.mjs`: the import check, run by `npm test`. Fails on
// - an import from a `lib` folder to one declared above it in LAYERS (lower layers never know
//   the higher ones; a folder may import its own files and any folder below it), and
// - any cycle of imports between files (static, dynamic and type-only imports alike: a cycle is
//   two modules that cannot be understood, or changed, one without the other).
// Test files (*.test.*), test helpers (testing/) and test data (everything under test/: the
// calibration set, the fixtures) are not product code and are not checked; product code importing
// them is refused, and so is test data kept in a product folder (a fixtures/ or calibration/
// folder under app/, components/ or lib/: it belongs under test/).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));

/** The `lib` folders from the bottom up: each may import only itself and those before it. */
export const LAYERS = [
  "base",
  "checklist",
  "risk",
  "i18n",
  "screening",
  "assessment",
  "tracking",
  "storage",
  "history",
  "register",
  "summary",
  "pdf",
  "letter",
  "examples",
];

/**
 * Problems known when this check was written, each to be fixed by the owner of its folder (then
 * removed here: an entry that no longer occurs fails too, so the list only shrinks). Anything
 * not listed fails.
 */
export const KNOWN = [
  // The screening worker's jobs store lists: lib/screening's record and list shapes sit below
  // lib/assessment and lib/storage, so the jobs (jobs.ts, screening.worker.ts) belong above them.
  "lib/screening/jobs.ts → lib/storage/screening-lists.ts (lib/storage is above lib/screening)",
];

const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;
const TEST = /(\.test\.[^/]+$)|(^test\/)|(\/testing\/)/;
/** Folders of test data, which live under test/ and never in a product folder. */
const TEST_DATA = /^(app|components|lib)\/(.*\/)?(fixtures|calibration)\//;

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (SOURCE.test(entry) && !entry.endsWith(".d.ts")) yield path;
  }
}

/** Every module specifier a file imports (static, dynamic, type-only, re-exports). */
export function importsOf(source) {
  // Comments often name a module ("imported with import() by …"): they import nothing.
  const text = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
  const found = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?[^'"();]*?\bfrom\s*["']([^"']+)["']/g,
    /\bexport\s+(?:type\s+)?(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bnew\s+URL\(\s*["'](\.[^"']+)["']\s*,\s*import\.meta\.url\)/g,
  ];
  for (const pattern of patterns) for (const [, spec] of text.matchAll(pattern)) found.push(spec);
  return [...new Set(found)];
}

const EXTENSIONS = ["", ".ts", ".tsx", ".mts", ".mjs", ".js", "/index.ts", "/index.tsx"];

/** The project file a specifier names, or null for a package (or a file outside the project). */
function resolveImport(from, spec, exists) {
  let base;
  if (spec.startsWith("@/")) base = join(ROOT, spec.slice(2));
  else if (spec.startsWith(".")) base = resolve(dirname(from), spec);
  else return null;
  base = base.replace(/\?.*$/, "");
  for (const ext of EXTENSIONS) if (exists(base + ext)) return base + ext;
  return null;
}

const libFolder = (file) => {
  const parts = relative(ROOT, file).split(sep);
  return parts[0] === "lib" && parts.length > 2 ? parts[1] : null;
};

/**
 * The problems of a set of files: `files` maps each path to its text. Returns the back-pointing
 * imports ("lib/a/x.ts → lib/b/y.ts"), the imports of test data by product code, the test data
 * kept in product folders, and the cycles ("a → b → a"), each once.
 */
export function checkImports(files) {
  const exists = (path) => files.has(path);
  const graph = new Map();
  const upward = [];
  const intoTests = [];
  const misplaced = [];
  for (const [file, text] of files) {
    const path = relative(ROOT, file).split(sep).join("/");
    if (TEST_DATA.test(path)) misplaced.push(path);
    if (TEST.test(path)) continue;
    const targets = [];
    for (const spec of importsOf(text)) {
      const target = resolveImport(file, spec, exists);
      if (target === null) continue;
      const name = (path) => relative(ROOT, path).split(sep).join("/");
      if (TEST.test(name(target))) {
        intoTests.push(`${name(file)} → ${name(target)}`);
        continue;
      }
      targets.push(target);
      const [from, to] = [libFolder(file), libFolder(target)];
      if (from && to && from !== to) {
        const [a, b] = [LAYERS.indexOf(from), LAYERS.indexOf(to)];
        if (a === -1 || b === -1)
          upward.push(`${name(file)} → ${name(target)} (lib/${a === -1 ? from : to} has no layer)`);
        else if (b > a) upward.push(`${name(file)} → ${name(target)} (lib/${to} is above lib/${from})`);
      }
    }
    graph.set(file, targets);
  }
  return {
    upward,
    intoTests,
    misplaced,
    cycles: cyclesOf(graph).map((c) => c.map((p) => relative(ROOT, p).split(sep).join("/")).join(" → ")),
  };
}

/** Each cycle of the graph once (Tarjan's strongly connected components, then one loop in each). */
function cyclesOf(graph) {
  let index = 0;
  const indexes = new Map();
  const low = new Map();
  const stack = [];
  const on = new Set();
  const cycles = [];
  const visit = (node) => {
    indexes.set(node, index);
    low.set(node, index++);
    stack.push(node);
    on.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!indexes.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (on.has(next)) low.set(node, Math.min(low.get(node), indexes.get(next)));
    }
    if (low.get(node) === indexes.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        on.delete(member);
        component.push(member);
      } while (member !== node);
      const self = (graph.get(node) ?? []).includes(node);
      if (component.length > 1 || self) cycles.push(loopIn(graph, new Set(component), node));
    }
  };
  for (const node of graph.keys()) if (!indexes.has(node)) visit(node);
  return cycles;
}

/** One loop through `start` inside a strongly connected component (breadth-first, shortest). */
function loopIn(graph, component, start) {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const next of graph.get(node) ?? []) {
      if (!component.has(next)) continue;
      if (next === start) {
        const path = [node];
        while (previous.get(path[0]) !== null) path.unshift(previous.get(path[0]));
        return [...path, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = new Map();
  // test/ is read too, so that an import of it from product code resolves (and is refused).
  for (const dir of ["app", "components", "lib", "test"])
    for (const path of sourceFiles(join(ROOT, dir))) files.set(path, readFileSync(path, "utf8"));
  const { upward, intoTests, misplaced, cycles } = checkImports(files);
  const known = (line) => KNOWN.includes(line);
  const fixed = KNOWN.filter((line) => !upward.includes(line) && !intoTests.includes(line));
  for (const line of upward.filter((l) => !known(l))) console.error(`imports: back up a layer: ${line}`);
  for (const line of intoTests.filter((l) => !known(l)))
    console.error(`imports: product code imports test data: ${line}`);
  for (const line of misplaced)
    console.error(`imports: test data in a product folder (move it under test/): ${line}`);
  for (const line of cycles) console.error(`imports: cycle: ${line}`);
  for (const line of fixed)
    console.error(`imports: fixed, remove it from KNOWN in scripts/import-layers.mjs: ${line}`);
  const problems =
    [...upward, ...intoTests].filter((l) => !known(l)).length +
    misplaced.length +
    cycles.length +
    fixed.length;
  if (problems > 0) process.exit(1);
  console.log(
    `imports: ${files.size} files; no cycle; no import back up a lib layer and no test data in product code ` +
      `beyond the ${KNOWN.length} known (scripts/import-layers.mjs KNOWN)`,
  );
}
