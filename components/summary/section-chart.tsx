"use client";

import { useTranslations } from "next-intl";

import { TableScroll } from "@/components/ui/table-scroll";
import { SEVERITIES } from "@/lib/checklist/types";
import type { ChecklistText } from "@/lib/i18n/checklist-text";
import type { RiskSummary } from "@/lib/risk/evaluate-risk";

import { SeverityBadge } from "./level-badge";

/**
 * Per-section picture: one row per section with a bar of its flags, coloured by severity, next to
 * the worst severity and how much was answered. The table carries the same facts as text.
 */
export function SectionChart({ summary, text }: { summary: RiskSummary; text: ChecklistText }) {
  const t = useTranslations("summary");
  const sections = summary.sections.filter((s) => s.id !== "basics");
  const most = Math.max(1, ...sections.map((s) => SEVERITIES.reduce((n, sev) => n + s.counts[sev], 0)));
  return (
    <section aria-labelledby="sections-title" className="section-chart">
      <h2 id="sections-title">{t("sectionsTitle")}</h2>
      <p>{t("completeness", { percent: summary.completeness })}</p>
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
            {sections.map((s) => {
              const total = SEVERITIES.reduce((n, sev) => n + s.counts[sev], 0);
              return (
                <tr key={s.id} data-section={s.id} data-worst={s.worst ?? "none"}>
                  <th scope="row">{text.section(s.id)}</th>
                  <td>
                    {s.worst ? <SeverityBadge severity={s.worst} label={text.severity(s.worst)} /> : "—"}
                  </td>
                  <td>
                    <span className="bar" aria-hidden="true">
                      {[...SEVERITIES]
                        .reverse()
                        .map((sev) =>
                          s.counts[sev] > 0 ? (
                            <span
                              key={sev}
                              className={`bar__part badge--sev-${sev}`}
                              style={{ width: `${(s.counts[sev] / most) * 100}%` }}
                            />
                          ) : null,
                        )}
                    </span>
                    <span className="bar__label">{total}</span>
                  </td>
                  <td>
                    {s.answered}/{s.visible}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
