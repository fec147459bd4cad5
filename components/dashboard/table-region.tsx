import type { ReactNode } from "react";

/**
 * Wide tables scroll sideways on a phone inside this region; it is focusable and named so keyboard
 * users can scroll it too (WCAG 2.1.1). It is `relative` so that visually hidden (absolutely placed)
 * header text of off-screen columns is clipped with the table instead of widening the whole page.
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
    >
      {children}
    </div>
  );
}

export const TH = "px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-700 uppercase";
export const TD = "px-3 py-2 align-top";
