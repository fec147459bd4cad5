import { describe, expect, it } from "vitest";
import { csvField, csvLine, STATEMENT_HEADER, statementLine } from "./statement-csv";

describe("statement CSV", () => {
  it("has the spec's header row", () => {
    expect(STATEMENT_HEADER).toBe(
      "type,order_id,refund_id,payment_id,amount,fee,net,currency,status,method,created_at,completed_at\n",
    );
  });

  it("quotes only fields that need it, doubling inner quotes", () => {
    expect(csvField("A1001")).toBe("A1001");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\r")).toBe('"cr\r"');
    expect(csvLine(["x", "", "y,z"])).toBe('x,,"y,z"\n');
  });

  it("writes a refund row with negative amount and net, no fee, fen and ISO times", () => {
    const line = statementLine({
      type: "refund",
      status: "succeeded",
      orderId: "A1001",
      refundId: "R1001-1",
      paymentId: "pay_1",
      rowId: "rf_1",
      amount: -500n,
      fee: 0n,
      net: -500n,
      currency: "CNY",
      method: "wallet",
      createdAt: new Date("2026-03-10T01:00:00.000Z"),
      completedAt: new Date("2026-03-10T01:00:01.000Z"),
    });
    expect(line).toBe(
      "refund,A1001,R1001-1,pay_1,-500,0,-500,CNY,succeeded,wallet,2026-03-10T01:00:00.000Z,2026-03-10T01:00:01.000Z\n",
    );
  });

  it("writes a reversal as a payment row with status reversed, every amount negative", () => {
    const line = statementLine({
      type: "payment",
      status: "reversed",
      orderId: "A1001",
      refundId: null,
      paymentId: "pay_1",
      rowId: "je_1",
      amount: -1999n,
      fee: -12n,
      net: -1987n,
      currency: "CNY",
      method: "bank_card",
      createdAt: new Date("2026-11-22T08:00:00.000Z"),
      completedAt: new Date("2026-11-24T03:10:00.000Z"),
    });
    expect(line).toBe(
      "payment,A1001,,pay_1,-1999,-12,-1987,CNY,reversed,bank_card,2026-11-22T08:00:00.000Z,2026-11-24T03:10:00.000Z\n",
    );
  });
});
