import type { ReactNode } from "react";

export function PageTitle({ children, lead }: { children: ReactNode; lead?: ReactNode }) {
  return (
    <div className="mb-6">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{children}</h1>
      {lead ? <p className="mt-2 max-w-2xl text-slate-700">{lead}</p> : null}
    </div>
  );
}
