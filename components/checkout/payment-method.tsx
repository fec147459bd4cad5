import type { ReactNode } from "react";

/** One way to pay, as a native disclosure: it opens and closes without JavaScript. */
export function PaymentMethod(props: {
  id: string;
  title: string;
  lead: string;
  open?: boolean;
  children: ReactNode;
}) {
  return (
    <details
      id={props.id}
      open={props.open}
      className="group rounded-lg border border-slate-200 bg-white shadow-sm open:ring-1 open:ring-brand-600"
    >
      <summary className="flex min-h-12 cursor-pointer items-center justify-between px-5 py-3 text-base font-semibold">
        {props.title}
        <span aria-hidden="true" className="text-slate-500 group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="flex flex-col gap-4 border-t border-slate-200 px-5 py-4">
        <p className="text-sm text-slate-700">{props.lead}</p>
        {props.children}
      </div>
    </details>
  );
}
