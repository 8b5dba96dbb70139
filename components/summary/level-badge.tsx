import type { Level, Severity } from "@/lib/checklist/types";

/** A level or severity as coloured text; the colour only repeats what the words say. */
export function LevelBadge({ level, label }: { level: Level; label: string }) {
  return (
    <span className={`badge badge--level-${level}`} data-level={level}>
      {label}
    </span>
  );
}

export function SeverityBadge({ severity, label }: { severity: Severity; label: string }) {
  return (
    <span className={`badge badge--sev-${severity}`} data-severity={severity}>
      {label}
    </span>
  );
}
