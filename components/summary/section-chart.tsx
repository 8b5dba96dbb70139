"use client";

import { useTranslations } from "next-intl";

import { TableScroll } from "@/components/ui/table-scroll";
import type { SummaryView } from "@/lib/summary/summary-view";

import { SeverityBadge } from "./level-badge";

/**
 * Per-section picture: one row per section with a bar of its flags, coloured by severity, next to
 * the worst severity and how much was answered. The table carries the same facts as text.
 */
export function SectionChart({ view }: { view: SummaryView }) {
  const t = useTranslations("summary");
  return (
    <section aria-labelledby="sections-title" className="section-chart">
      <h2 id="sections-title">{t("sectionsTitle")}</h2>
      <p>{view.sections.completeness}</p>
      <TableScroll labelledBy="sections-title">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("sectionCol")}</th>
              <th scope="col">{t("worstCol")}</th>
              <th scope="col">{t("countCol")}</th>
              <th scope="col">{t("answeredCol")}</th>
            </tr>
          </thead>
          <tbody>
            {view.sections.rows.map((s) => (
              <tr key={s.id} data-section={s.id} data-worst={s.worst?.severity ?? "none"}>
                <th scope="row">{s.label}</th>
                <td>{s.worst ? <SeverityBadge severity={s.worst.severity} label={s.worst.label} /> : "—"}</td>
                <td>
                  <span className="bar" aria-hidden="true">
                    {s.parts.map((part) => (
                      <span
                        key={part.severity}
                        className={`bar__part badge--sev-${part.severity}`}
                        style={{ width: `${part.share * 100}%` }}
                      />
                    ))}
                  </span>
                  <span className="bar__label">{s.total}</span>
                </td>
                <td>{s.answered}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
