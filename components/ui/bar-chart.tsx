import type { ReactNode } from "react";

export type ChartBar = {
  key: string;
  /** The figure the bar's length shows (fen or a count): bigint, so amounts never pass through a float. */
  value: bigint;
  /** The short label beside the bar. */
  label: string;
  /** The bar's tooltip, e.g. "22/11: ¥12.34 (3)". */
  detail: string;
};

// Each bar is a 10-unit slot of the SVG; the SVG stretches to its box (preserveAspectRatio="none") and
// the words around it are HTML, so they stay readable on a phone and on a wide screen alike.
const SLOT = 10;
const BAR = 7;
const LENGTH = 100;
// Horizontal bars get a fixed row height, shared by the SVG's slots and the HTML labels beside them.
const ROW_REM = 1.75;

/** The bar's length in SVG units: bigint ratio to three decimals, exact enough for pixels. */
function lengthOf(value: bigint, max: bigint): number {
  if (value <= 0n || max === 0n) return 0;
  return Math.max((Number((value * 1000n) / max) / 1000) * LENGTH, 1);
}

/**
 * A bar chart drawn on the server (inline SVG: no chart library, no JavaScript). The SVG is one image
 * with a title and a one-line summary for screen readers; the page shows the same figures in a table
 * (passed as `children` or placed beside it). Vertical bars suit a run of days, labelled every
 * `labelStep` bars counted back from the last so labels never collide; horizontal bars suit named
 * things (banks, merchants), whose labels are too long to sit under a bar.
 */
export function BarChart({
  id,
  title,
  summary,
  scale,
  bars,
  direction = "vertical",
  labelStep = 1,
  testId,
  children,
}: {
  /** Prefix of the element ids the SVG refers to: unique on the page. */
  id: string;
  title: string;
  summary: string;
  /** What the longest bar stands for, shown above the chart (e.g. "Highest: ¥120.00"). */
  scale: string;
  bars: ChartBar[];
  direction?: "vertical" | "horizontal";
  labelStep?: number;
  testId?: string;
  children?: ReactNode;
}) {
  const max = bars.reduce((m, bar) => (bar.value > m ? bar.value : m), 0n);
  const slots = Math.max(bars.length, 1);
  const horizontal = direction === "horizontal";
  const step = Math.max(1, Math.trunc(labelStep));
  const svg = (
    <svg
      viewBox={horizontal ? `0 0 ${LENGTH} ${slots * SLOT}` : `0 0 ${slots * SLOT} ${LENGTH}`}
      preserveAspectRatio="none"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className={horizontal ? "w-full border-l border-slate-400" : "h-40 w-full border-b border-slate-400"}
      style={horizontal ? { height: `${slots * ROW_REM}rem` } : undefined}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      {bars.map((bar, index) => {
        const length = lengthOf(bar.value, max);
        const across = index * SLOT + (SLOT - BAR) / 2;
        const box = horizontal
          ? { x: 0, y: across, width: length, height: BAR }
          : { x: across, y: LENGTH - length, width: BAR, height: length };
        return (
          <rect key={bar.key} {...box} fill="#1d4ed8">
            <title>{bar.detail}</title>
          </rect>
        );
      })}
    </svg>
  );
  return (
    <figure className="flex max-w-3xl flex-col gap-2" data-testid={testId}>
      <p className="text-xs text-slate-600" aria-hidden="true">
        {scale}
      </p>
      {horizontal ? (
        <div className="grid grid-cols-[minmax(0,14rem)_minmax(0,1fr)] gap-2">
          <ol
            aria-hidden="true"
            className="grid text-right text-xs text-slate-700"
            style={{ gridTemplateRows: `repeat(${slots}, ${ROW_REM}rem)` }}
          >
            {bars.map((bar) => (
              <li key={bar.key} className="truncate leading-7">
                {bar.label}
              </li>
            ))}
          </ol>
          {svg}
        </div>
      ) : (
        <>
          {svg}
          <ol
            aria-hidden="true"
            className="grid text-center text-xs text-slate-600"
            style={{ gridTemplateColumns: `repeat(${slots}, minmax(0, 1fr))` }}
          >
            {bars.map((bar, index) => (
              <li key={bar.key} className="whitespace-nowrap">
                {(bars.length - 1 - index) % step === 0 ? bar.label : ""}
              </li>
            ))}
          </ol>
        </>
      )}
      <figcaption className="text-sm text-slate-700">{summary}</figcaption>
      {children}
    </figure>
  );
}
