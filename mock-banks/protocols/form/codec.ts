import { ProtocolError } from "../types";

// MCMB's wire format: application/x-www-form-urlencoded parameters, signed over the string
// "k1=v1&k2=v2…" of every non-empty parameter except sign and sign_type, keys in ASCII order, values raw
// (not URL-encoded). sign_type is always RSA2 (RSA-SHA256); sign is base64.

export type FormParams = Record<string, string>;

export function signingString(params: FormParams): string {
  return Object.keys(params)
    .filter((key) => key !== "sign" && key !== "sign_type" && params[key] !== "")
    .sort()
    .map((key) => `${key}=${params[key]}`)
    .join("&");
}

export function encodeForm(params: FormParams, sign: (data: string) => string): URLSearchParams {
  const unsigned = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== ""));
  return new URLSearchParams({ ...unsigned, sign_type: "RSA2", sign: sign(signingString(unsigned)) });
}

/** Reads parameters, refusing repeated keys: two values for one key would make the signature ambiguous. */
export function decodeForm(input: string | URLSearchParams): {
  params: FormParams;
  signed: string;
  signature: string;
} {
  const search = typeof input === "string" ? new URLSearchParams(input) : input;
  const params: FormParams = {};
  for (const [key, value] of search) {
    if (Object.hasOwn(params, key)) throw new ProtocolError("malformed", `parameter ${key} appears twice`);
    params[key] = value;
  }
  const signature = params.sign;
  if (!signature || params.sign_type !== "RSA2")
    throw new ProtocolError("malformed", "sign and sign_type=RSA2 are required");
  return { params, signed: signingString(params), signature };
}

/** "19.99" ⇄ 1999n, exactly: MCMB quotes amounts in yuan with two decimals. */
export function yuanToFen(value: string | undefined): bigint | undefined {
  const match = /^(\d{1,13})\.(\d{2})$/.exec(value ?? "");
  return match ? BigInt(match[1] ?? "0") * 100n + BigInt(match[2] ?? "0") : undefined;
}

export function fenToYuan(fen: bigint): string {
  return `${fen / 100n}.${(fen % 100n).toString().padStart(2, "0")}`;
}

const BEIJING_OFFSET_MS = 8 * 3_600_000; // China keeps UTC+8 all year

/** MCMB's times are Beijing local time, "yyyy-MM-dd HH:mm:ss". */
export function beijingTime(date: Date): string {
  return new Date(date.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 19).replace("T", " ");
}

export function parseBeijingTime(value: string | undefined): Date {
  if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value ?? "")) return new Date(NaN);
  return new Date(`${(value ?? "").replace(" ", "T")}+08:00`);
}
