import { parseYuan } from "@/lib/money";

export type BatchAmount =
  | { ok: true; minor: bigint }
  | { ok: false; verdict: "amount_missing" | "amount_invalid" | "amount_precision" };

/**
 * An amount as people type it into a sheet. Full-width characters (１２．５０, ￥) are folded and a
 * trailing 元 dropped before parseYuan reads it, which stays the one parser of yuan; zero is refused
 * because a refund moves money.
 */
export function parseBatchAmount(text: string): BatchAmount {
  const folded = text
    .normalize("NFKC")
    .trim()
    .replace(/\s*元$/, "");
  if (!folded) return { ok: false, verdict: "amount_missing" };
  const parsed = parseYuan(folded);
  if (!parsed.ok)
    return { ok: false, verdict: parsed.reason === "precision" ? "amount_precision" : "amount_invalid" };
  if (parsed.minor <= 0n) return { ok: false, verdict: "amount_invalid" };
  return { ok: true, minor: parsed.minor };
}
