import type { ReactNode } from "react";

/** The narrow centred panel of sign-in, sign-up and password pages. */
export function AuthCard({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="mx-auto w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
      {lead ? <p className="mt-2 text-slate-700">{lead}</p> : null}
      <div className="mt-6 flex flex-col gap-4">{children}</div>
    </div>
  );
}
