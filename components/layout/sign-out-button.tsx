"use client";

import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/" })}
      className="rounded px-2 py-1 text-sm text-slate-700 underline hover:bg-slate-100"
    >
      {label}
    </button>
  );
}
