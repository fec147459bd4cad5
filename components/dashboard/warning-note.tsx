import type { ReactNode } from "react";

/**
 * A warning that is part of the page (a one-time secret, an irreversible step). role=note rather than
 * alert: it is there when the page opens, so it should be read in order, not interrupt.
 */
export function WarningNote({ tone = "amber", children }: { tone?: "amber" | "red"; children: ReactNode }) {
  const colours =
    tone === "red" ? "border-red-700 bg-red-50 text-red-900" : "border-amber-600 bg-amber-50 text-amber-950";
  return (
    <div role="note" className={`rounded-md border-l-4 px-4 py-3 text-sm ${colours}`}>
      {children}
    </div>
  );
}
