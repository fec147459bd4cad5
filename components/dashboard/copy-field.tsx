"use client";

import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * A read-only text (a PEM key) people copy: the textarea selects all on focus, which works without
 * JavaScript too, and a button copies it to the clipboard where scripts run.
 */
export function CopyField({
  id,
  label,
  value,
  copyLabel,
  copiedLabel,
  rows = 8,
  testId,
}: {
  id: string;
  label: string;
  value: string;
  copyLabel: string;
  copiedLabel: string;
  rows?: number;
  testId?: string;
}) {
  const [copied, setCopied] = useState(false);
  // The copy button needs scripts; without them (or before hydration) it is not shown at all.
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // Clipboard refused (insecure origin, permissions): the text stays selectable by hand.
      setCopied(false);
    }
  };
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={id}
        readOnly
        rows={rows}
        value={value}
        data-testid={testId}
        spellCheck={false}
        onFocus={(event) => event.currentTarget.select()}
        className="w-full rounded-md border border-slate-300 bg-slate-50 p-2 font-mono text-xs text-slate-900 focus:outline-2 focus:outline-brand-600"
      />
      {scripted ? (
        <div className="flex items-center gap-3">
          <button
            type="button"
            onClick={() => void copy()}
            className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-900 shadow-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          >
            {copyLabel}
          </button>
          <span role="status" className="text-sm text-green-800">
            {copied ? copiedLabel : ""}
          </span>
        </div>
      ) : null}
    </div>
  );
}
