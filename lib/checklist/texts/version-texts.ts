import type { Messages } from "@/lib/base/locale";

import type { ChecklistVersion } from "../registry";

/**
 * One reader's texts in one language: for each version, the files it reads (shared first), laid
 * over each other in order. A version's texts build on those of the version it changes.
 */
export type VersionTexts = Readonly<Record<ChecklistVersion, readonly Messages[]>>;
