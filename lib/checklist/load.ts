// The checklist definitions, loaded one version at a time (a dynamic import each), for pages that
// render or score an assessment. The synchronous registry (registry.ts) stays for the engine,
// storage and tests. A new version: add a line here too (load.test.ts checks every version of
// the registry loads to the same definition).
import type { Checklist } from "./types";

const LOADERS: Record<string, () => Promise<Checklist>> = {
  "2026.1": () => import("./2026.1/checklist").then((m) => m.checklist2026_1),
  "2026.2": () => import("./2026.2/checklist").then((m) => m.checklist2026_2),
  "2026.3": () => import("./2026.3/checklist").then((m) => m.checklist2026_3),
};

/** The definition of one checklist version; rejects for a version this build does not know. */
export function loadChecklist(version: string): Promise<Checklist> {
  const load = Object.hasOwn(LOADERS, version) ? LOADERS[version] : undefined;
  return load ? load() : Promise.reject(new Error(`Unknown checklist version ${version}`));
}

export const LOADABLE_CHECKLIST_VERSIONS: readonly string[] = Object.keys(LOADERS);
