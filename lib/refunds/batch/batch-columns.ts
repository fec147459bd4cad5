// The four columns of a refund file. Headers are matched loosely (Chinese, English or both in one
// cell, any case, spaces and punctuation ignored), so the template's bilingual headers, a user's own
// Chinese-only sheet and an English export all read the same.

export type BatchColumn = "orderId" | "amount" | "refundId" | "reason";

/** The template's headers: Chinese then English in one cell, so one file serves both languages. */
export const TEMPLATE_HEADERS: Record<BatchColumn, string> = {
  orderId: "商户订单号 Merchant order number",
  amount: "退款金额(元) Refund amount (yuan)",
  refundId: "退款单号(选填) Refund id (optional)",
  reason: "退款原因(选填) Reason (optional)",
};

export const COLUMN_ORDER: BatchColumn[] = ["orderId", "amount", "refundId", "reason"];

// Checked in this order: "退款单号" must win over "订单号", "退款金额" over "金额" alone.
const KEYWORDS: [BatchColumn, string[]][] = [
  ["refundId", ["退款单号", "退款编号", "退款流水号", "refundid", "refundno", "refundnumber"]],
  ["amount", ["退款金额", "金额", "refundamount", "amount"]],
  ["orderId", ["商户订单号", "订单号", "订单编号", "merchantorder", "orderid", "ordernumber", "orderno"]],
  ["reason", ["退款原因", "原因", "备注", "reason", "remark", "memo"]],
];

function normalise(header: string): string {
  return header
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-()（）:：*./]/g, "");
}

export function columnOf(header: string): BatchColumn | null {
  const text = normalise(header);
  if (!text) return null;
  for (const [column, words] of KEYWORDS) if (words.some((word) => text.includes(word))) return column;
  return null;
}

export type ColumnMap = Partial<Record<BatchColumn, number>>;

/** Where each column is in a header row; the first match wins when a header repeats. */
export function mapColumns(headers: string[]): ColumnMap {
  const map: ColumnMap = {};
  headers.forEach((header, index) => {
    const column = columnOf(header);
    if (column && map[column] === undefined) map[column] = index;
  });
  return map;
}
