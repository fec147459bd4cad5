import type { ReactNode } from "react";

type Tone = "info" | "success" | "error";

const TONES: Record<Tone, string> = {
  info: "border-brand-600 bg-brand-50 text-brand-900",
  success: "border-green-700 bg-green-50 text-green-900",
  error: "border-red-700 bg-red-50 text-red-900",
};

/** Errors are announced (role=alert); other notices politely (role=status). */
export function Alert({ tone = "info", children }: { tone?: Tone; children: ReactNode }) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-md border-l-4 px-4 py-3 text-sm ${TONES[tone]}`}
    >
      {children}
    </div>
  );
}
