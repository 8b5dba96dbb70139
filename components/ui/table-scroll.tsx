import type { ReactNode } from "react";

/**
 * A table that, on a narrow screen, scrolls sideways in its own box and never makes the whole page
 * scroll (WCAG 1.4.10 reflow). The box is a named region that takes focus, so a keyboard user can
 * scroll it with the arrow keys.
 */
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
