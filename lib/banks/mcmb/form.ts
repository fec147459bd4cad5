import { BankError } from "../errors";

// MCMB's signed forms: every non-empty parameter except sign and sign_type, sorted by key (ASCII),
// joined as "k=v&k=v" with raw (not URL-encoded) values, signed RSA-SHA256 ("RSA2"), base64 in `sign`.
// Amounts are yuan strings with exactly two decimals; times are Beijing time "yyyy-MM-dd HH:mm:ss".

const BANK = "mcmb";

export function mcmbSigningString(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((key) => key !== "sign" && key !== "sign_type" && params[key] !== "")
    .sort()
    .map((key) => `${key}=${params[key]}`)
    .join("&");
}

export async function signMcmb(
  params: Record<string, string>,
  sign: (data: string) => Promise<string>,
): Promise<URLSearchParams> {
  const kept = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== ""));
  return new URLSearchParams({ ...kept, sign_type: "RSA2", sign: await sign(mcmbSigningString(kept)) });
}

/** The parameters to verify: `sign` and `sign_type` are required and the signed text is rebuilt from the rest. */
export function splitMcmb(params: Record<string, string>): { signed: string; signature: string } {
  if (params.sign_type !== "RSA2" || !params.sign)
    throw new BankError("malformed", "sign and sign_type=RSA2 are required", BANK);
  return { signed: mcmbSigningString(params), signature: params.sign };
}

export function yuanToFen(value: string | undefined, field: string): bigint {
  const match = /^(\d{1,16})\.(\d{2})$/.exec(value ?? "");
  if (!match) throw new BankError("malformed", `${field} is not an amount`, BANK);
  const [, yuan = "0", fen = "0"] = match;
  return BigInt(yuan) * 100n + BigInt(fen);
}

export function fenToYuan(amount: bigint): string {
  if (amount < 0n) throw new BankError("malformed", "amounts are never negative", BANK);
  return `${amount / 100n}.${(amount % 100n).toString().padStart(2, "0")}`;
}

const BEIJING_MS = 8 * 3_600_000; // UTC+8 all year, no daylight saving

export function toBeijing(date: Date): string {
  return new Date(date.getTime() + BEIJING_MS).toISOString().slice(0, 19).replace("T", " ");
}

export function fromBeijing(value: string | undefined): Date {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(value ?? "");
  return match ? new Date(`${match[1]}T${match[2]}+08:00`) : new Date(NaN);
}
