// `npm run bench`, calibration part: the calibration set (test/calibration) evaluated by the
// pure engine, printed as confusion matrices (expected × got, for levels and for decisions) and
// the list of cases that miss, with why. No browser and no build: scripts/bench.mjs loads this
// module through Vite. Figures are printed, never asserted (the table test asserts).
import { DECISIONS, LEVELS } from "@/lib/checklist/types";
import { getChecklist } from "@/lib/checklist/registry";
import { CALIBRATION_CASES } from "@/test/calibration/cases";
import { runCalibrationCase, runCautiousReader } from "@/test/calibration/run";
import { sensitivity } from "@/test/calibration/sensitivity";
import { evaluateRisk } from "@/lib/risk/evaluate-risk";
import { whatWouldChange } from "@/lib/risk/what-would-change";

function printMatrix(
  title: string,
  labels: readonly string[],
  pairs: readonly (readonly [string, string])[],
) {
  const width = Math.max(...labels.map((l) => l.length), "expected \\ got".length) + 2;
  console.log(`\n${title}`);
  console.log(["expected \\ got", ...labels].map((l) => l.padEnd(width)).join(""));
  for (const expected of labels) {
    const row = labels.map((got) => String(pairs.filter(([e, g]) => e === expected && g === got).length));
    console.log([expected, ...row].map((cell) => cell.padEnd(width)).join(""));
  }
}

export function printCalibration(): void {
  const results = CALIBRATION_CASES.map((c) => ({ c, r: runCalibrationCase(c) }));
  const failing = results.filter(({ r }) => r.problems.length > 0);
  console.log(`Calibration set: ${results.length} cases, ${results.length - failing.length} pass`);
  printMatrix(
    "Level (rows expected, columns got)",
    LEVELS,
    results.map(({ c, r }) => [c.expected.level, r.got.level] as const),
  );
  printMatrix(
    "Decision (rows expected, columns got)",
    DECISIONS,
    results.map(({ c, r }) => [c.expected.decision, r.got.decision] as const),
  );
  console.log(failing.length === 0 ? "\nFailing cases: none" : "\nFailing cases:");
  for (const { r } of failing) console.log(`  ${r.id}: ${r.problems.join("; ")}`);

  const readers = CALIBRATION_CASES.flatMap((c) => runCautiousReader(c) ?? []);
  const agree = readers.filter((r) => r.problems.length === 0);
  const same = readers.filter((r) => r.steps === 0).length;
  console.log(
    `\nCautious and confident readers (low and medium cases): ${agree.length}/${readers.length} agree (${readers.length === 0 ? 0 : Math.round((agree.length * 100) / readers.length)}%; target 100%): ${same} the same decision, ${readers.length - same} one step more severe, ${readers.filter((r) => r.cautious === "decline").length} decline`,
  );
  for (const r of readers.filter((x) => x.problems.length > 0))
    console.log(`  ${r.id}: ${r.problems.join("; ")}`);
  console.log("");
}

/** "What would change the verdict" on every high or critical case: the summary waits for it. */
export function printWhatWouldChange(): void {
  console.log("What would change the verdict (target: under 50 ms on the railway case), median of 7 runs");
  for (const c of CALIBRATION_CASES) {
    const checklist = getChecklist(c.checklistVersion);
    const summary = evaluateRisk(checklist, c.answers, { date: "2026-12-01" });
    if (summary.level !== "high" && summary.level !== "critical") continue;
    const runs: number[] = [];
    let found = 0;
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      found = whatWouldChange(checklist, c.answers, summary).length;
      runs.push(performance.now() - start);
    }
    runs.sort((a, b) => a - b);
    console.log(`  ${c.id}: ${summary.level}, ${found} change(s), ${runs[3]!.toFixed(1)} ms`);
  }
}

/** The sensitivity table: single moves to "don't know" that change the decision by two steps or more. */
export function printSensitivity(): void {
  const report = sensitivity(CALIBRATION_CASES);
  console.log(
    `\nSensitivity: ${report.moves} single moves to "don't know"; ${report.large.length} make the decision 2+ steps more severe (${report.large.filter((m) => !m.key).length} on non-key questions; target 0); ${report.toDecline.length} end in decline (target 0); ${report.down.length} make it 2+ steps less severe (the deciding fact became "don't know")`,
  );
  for (const q of report.byQuestion)
    console.log(`  ${q.question}${q.key ? " (key)" : ""}: ${q.moves} move(s)`);
  for (const m of report.toDecline)
    console.log(`  to decline: ${m.case} / ${m.question}: ${m.from} -> ${m.to}`);
}
