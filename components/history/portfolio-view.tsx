"use client";

import { useLocale, useTranslations } from "next-intl";
import { memo, useMemo, useState } from "react";

import { DECISIONS, LEVELS } from "@/lib/checklist/types";
import { type Period, PERIODS, portfolioOf, type PeriodCounts } from "@/lib/history/portfolio";
import type { ChecklistText } from "@/lib/i18n/checklist-text";
import type { HistoryRow } from "@/lib/storage";

/**
 * The portfolio: the rows the history's filters leave, as counts per month or quarter (by level,
 * by decision), the decisive flags seen most often and what needs attention. Charts are plain SVG
 * (no chart library: this page's first-load budget), hidden from screen readers, each followed by
 * the same figures as a table (read by screen readers, and printed under the chart).
 */
export const PortfolioView = memo(function PortfolioView({
  rows,
  vocab,
  today,
}: {
  rows: readonly HistoryRow[];
  vocab: ChecklistText;
  today: string;
}) {
  const t = useTranslations("portfolio");
  const locale = useLocale();
  const [period, setPeriod] = useState<Period>("quarter");
  const figures = useMemo(() => portfolioOf(rows, period, today), [rows, period, today]);
  const periodLabel = useMemo(() => {
    const month = new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", timeZone: "UTC" });
    return (key: string) => {
      const [year, part] = key.split("-") as [string, string];
      return part.startsWith("Q")
        ? t("quarterLabel", { year, quarter: part.slice(1) })
        : month.format(new Date(Date.UTC(Number(year), Number(part) - 1, 1)));
    };
  }, [locale, t]);
  const flagTitle = (slug: string) => {
    try {
      return vocab.flag(slug).title;
    } catch {
      return slug;
    }
  };
  const maxFlag = Math.max(1, ...figures.flags.map((f) => f.count));
  return (
    <section className="portfolio" aria-labelledby="portfolio-title" data-testid="portfolio">
      <h2 id="portfolio-title">{t("title")}</h2>
      <p className="muted">{t("lead")}</p>
      <dl className="portfolio__figures" data-testid="portfolio-figures">
        <Figure label={t("completed")} value={figures.completed} />
        <Figure label={t("drafts")} value={figures.drafts} />
        <Figure label={t("due")} value={figures.due} />
        {/* Open conditions: counted once history rows carry them (conditions tracking). */}
        {figures.openConditions === undefined ? null : (
          <Figure label={t("openConditions")} value={figures.openConditions} />
        )}
        {figures.damaged > 0 ? <Figure label={t("damaged")} value={figures.damaged} /> : null}
      </dl>
      <div className="portfolio__period">
        <label htmlFor="portfolio-period">{t("period")}</label>
        <select id="portfolio-period" value={period} onChange={(e) => setPeriod(e.target.value as Period)}>
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {t(`per.${p}`)}
            </option>
          ))}
        </select>
      </div>
      {figures.periods.length === 0 ? (
        <p>{t("noneCompleted")}</p>
      ) : (
        <>
          <StackedChart
            id="portfolio-levels"
            title={t("byLevel")}
            periodHeader={t(`per.${period}`)}
            totalHeader={t("total")}
            periods={figures.periods}
            periodLabel={periodLabel}
            series={LEVELS.map((l) => ({
              label: vocab.level(l),
              colour: `var(--level-${l})`,
              value: (p: PeriodCounts) => p.levels[l],
            }))}
          />
          <StackedChart
            id="portfolio-decisions"
            title={t("byDecision")}
            periodHeader={t(`per.${period}`)}
            totalHeader={t("total")}
            periods={figures.periods}
            periodLabel={periodLabel}
            series={DECISIONS.map((d, i) => ({
              label: vocab.decision(d),
              colour: DECISION_COLOURS[i]!,
              value: (p: PeriodCounts) => p.decisions[d],
            }))}
          />
        </>
      )}
      <h3 id="portfolio-flags">{t("flags")}</h3>
      {figures.flags.length === 0 ? (
        <p>{t("noFlags")}</p>
      ) : (
        <table className="portfolio__flags" aria-labelledby="portfolio-flags">
          <thead>
            <tr>
              <th scope="col">{t("flag")}</th>
              <th scope="col">{t("assessments")}</th>
            </tr>
          </thead>
          <tbody>
            {figures.flags.map((f) => (
              <tr key={f.slug}>
                <th scope="row">{flagTitle(f.slug)}</th>
                <td>
                  <svg aria-hidden="true" width="120" height="12" className="portfolio__bar">
                    <rect width={(120 * f.count) / maxFlag} height="12" />
                  </svg>{" "}
                  {f.count}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
});

/** Decision colours: from go to stop, distinguishable without relying on red/green alone. */
const DECISION_COLOURS = ["#1e6b34", "#2b5c9e", "#8a5a00", "#5c0a0a"];

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

type Series = { label: string; colour: string; value: (p: PeriodCounts) => number };

const BAR = 36;
const GAP = 16;
const HEIGHT = 160;
const AXIS = 36;

/** Stacked columns, one per period, counts on top; then the same figures as a table. */
function StackedChart(props: {
  id: string;
  title: string;
  periodHeader: string;
  totalHeader: string;
  periods: readonly PeriodCounts[];
  periodLabel: (key: string) => string;
  series: readonly Series[];
}) {
  const { id, title, periods, periodLabel, series } = props;
  const max = Math.max(1, ...periods.map((p) => p.total));
  const width = periods.length * (BAR + GAP) + GAP;
  return (
    <figure className="portfolio__chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <ul className="portfolio__legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.label}>
            <span className="portfolio__swatch" style={{ background: s.colour }} /> {s.label}
          </li>
        ))}
      </ul>
      <div className="portfolio__scroll">
        <svg
          aria-hidden="true"
          width={width}
          height={HEIGHT + AXIS + 16}
          viewBox={`0 0 ${width} ${HEIGHT + AXIS + 16}`}
        >
          {periods.map((p, i) => {
            const x = GAP + i * (BAR + GAP);
            let y = HEIGHT + 16;
            return (
              <g key={p.key}>
                {series.map((s) => {
                  const h = (HEIGHT * s.value(p)) / max;
                  y -= h;
                  return h > 0 ? (
                    <rect key={s.label} x={x} y={y} width={BAR} height={h} fill={s.colour} />
                  ) : null;
                })}
                <text x={x + BAR / 2} y={y - 4} textAnchor="middle" className="portfolio__count">
                  {p.total}
                </text>
                <text x={x + BAR / 2} y={HEIGHT + 32} textAnchor="middle" className="portfolio__axis">
                  {periodLabel(p.key)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      {/* In a hidden box, not a hidden table: a table is never narrower than its content, and a
          wide one would widen the page. */}
      <div className="visually-hidden">
        <table data-testid={`${id}-table`}>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{props.periodHeader}</th>
              {series.map((s) => (
                <th key={s.label} scope="col">
                  {s.label}
                </th>
              ))}
              <th scope="col">{props.totalHeader}</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => (
              <tr key={p.key}>
                <th scope="row">{periodLabel(p.key)}</th>
                {series.map((s) => (
                  <td key={s.label}>{s.value(p)}</td>
                ))}
                <td>{p.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
