// Display only: the bank's state keeps integer fen as bigint and never touches floats.

/** 199900n → "¥1,999.00". */
export function formatYuan(fen: bigint): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const cents = (abs % 100n).toString().padStart(2, "0");
  return `${negative ? "-" : ""}¥${whole}.${cents}`;
}
