// Money is an integer number of minor units (fen) as bigint. Strings are parsed exactly, never via float.
const AMOUNT_PATTERN = /^(\d{1,15})(?:\.(\d{1,2}))?$/;

export type MoneyParseResult = { ok: true; minor: bigint } | { ok: false; reason: "malformed" | "precision" };

/** Parses what people type ("12.50", "12", "1,234.5") into fen. More than two decimals is an error. */
export function parseYuan(input: string): MoneyParseResult {
  const text = input
    .trim()
    .replace(/^[¥￥]/, "")
    .replaceAll(",", "");
  if (/^\d+\.\d{3,}$/.test(text)) return { ok: false, reason: "precision" };
  const match = AMOUNT_PATTERN.exec(text);
  if (!match) return { ok: false, reason: "malformed" };
  const [, whole = "0", fraction = ""] = match;
  return { ok: true, minor: BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0")) };
}

/** 199900n → "1,999.00" (no currency sign). */
export function formatMinor(minor: bigint): string {
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const fraction = (abs % 100n).toString().padStart(2, "0");
  return `${negative ? "-" : ""}${whole}.${fraction}`;
}

/** 199900n → "¥1,999.00". */
export function formatCny(minor: bigint): string {
  const text = formatMinor(minor);
  return text.startsWith("-") ? `-¥${text.slice(1)}` : `¥${text}`;
}

/** Fee in basis points, rounded half up to the fen. */
export function feeFor(amount: bigint, feeBps: number): bigint {
  return (amount * BigInt(feeBps) + 5000n) / 10000n;
}
