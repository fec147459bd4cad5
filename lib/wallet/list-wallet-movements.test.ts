import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Payment } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { setClockOffset } from "@/lib/clock";
import { newId } from "@/lib/ids";
import { accounts, getBalance } from "@/lib/ledger";
import { fund } from "@/lib/ledger/test-helpers";
import { createTestMerchant } from "@/lib/api/testing/merchant-client";
import { payWithWallet } from "@/lib/payments";
import { pendingPayment } from "@/lib/payments/testing";
import { createRefund } from "@/lib/refunds";
import { pinClock } from "@/lib/statements/testing";
import { cancelTransfer } from "@/lib/transfers/cancel-transfer";
import { sendMoney } from "@/lib/transfers/send-money";
import { createUser } from "@/lib/users/create-user";
import { parseWalletHistory } from "./history-filters";
import { listWalletMovements, type WalletMovement } from "./list-wallet-movements";

const newEmail = () => `w${randomBytes(5).toString("hex")}@example.com`;

async function walletUser() {
  return db.$transaction((tx) =>
    createUser(tx, {
      email: newEmail(),
      password: "correct horse battery",
      role: "WALLET_USER",
      verified: true,
    }),
  );
}

async function merchantNamed(name: string): Promise<string> {
  const { merchantId } = await createTestMerchant();
  await db.merchant.update({ where: { id: merchantId }, data: { name } });
  return merchantId;
}

async function payFromWallet(merchantId: string, userId: string, amount: bigint): Promise<Payment> {
  const pending = await pendingPayment(merchantId, { amount, subject: "Tea set" });
  const result = await payWithWallet(db, { payment: { id: pending.id }, userId });
  if (result.status !== "succeeded") throw new Error(`wallet payment ${result.status}`);
  return result.payment;
}

let payer: { id: string; email: string };
let friend: { id: string; email: string };
let teaShop: Payment;
let unclaimedTo: string;

beforeAll(async () => {
  payer = await walletUser();
  friend = await walletUser();
  const shop = await merchantNamed("Tea House");
  const bakery = await merchantNamed("Bakery 7");
  pinClock("2026-03-01T02:00:00.000Z");
  await fund(db, accounts.wallet(payer.id), 100_000n); // 1: other, in
  teaShop = await payFromWallet(shop, payer.id, 12_000n); // 2: payment, out
  pinClock("2026-03-05T02:00:00.000Z");
  await payFromWallet(bakery, payer.id, 3_000n); // 3: payment, out
  await createRefund(db, {
    merchantId: shop,
    orderId: teaShop.orderId,
    refundId: "R-tea-1",
    amount: 2_000n,
    source: "api",
  }); // 4: refund, in
  await sendMoney(db, {
    senderId: payer.id,
    recipientEmail: friend.email,
    amount: 5_000n,
    idempotencyKey: newId("key"),
  }); // 5: transfer, out
  pinClock("2026-03-09T02:00:00.000Z");
  unclaimedTo = newEmail();
  const { transfer } = await sendMoney(db, {
    senderId: payer.id,
    recipientEmail: unclaimedTo,
    amount: 700n,
    idempotencyKey: newId("key"),
  }); // 6: transfer, out
  await cancelTransfer(db, { userId: payer.id, transferId: transfer.id }); // 7: transfer, in
});

afterAll(async () => {
  setClockOffset(0);
  await db.$disconnect();
});

async function everything(filter = {}, limit = 50): Promise<WalletMovement[]> {
  return (await listWalletMovements(db, { userId: payer.id, filter, limit })).items;
}

describe("wallet movements", () => {
  it("lists every movement newest first with its counterpart, reference and balance after", async () => {
    const items = await everything();
    expect(items.map((m) => [m.kind, m.direction, m.change, m.counterpart, m.reference.kind])).toEqual([
      ["transfer", "in", 700n, { kind: "transferReturned", email: unclaimedTo }, "transfer"],
      ["transfer", "out", -700n, { kind: "transferTo", email: unclaimedTo }, "transfer"],
      ["transfer", "out", -5_000n, { kind: "transferTo", email: friend.email }, "transfer"],
      ["refund", "in", 2_000n, { kind: "refund", merchantName: "Tea House" }, "order"],
      ["payment", "out", -3_000n, { kind: "merchant", name: "Bakery 7" }, "order"],
      ["payment", "out", -12_000n, { kind: "merchant", name: "Tea House" }, "order"],
      ["other", "in", 100_000n, { kind: "paylane" }, "entry"],
    ]);
    expect(items.map((m) => m.balanceAfter)).toEqual([
      82_000n,
      81_300n,
      82_000n,
      87_000n,
      85_000n,
      88_000n,
      100_000n,
    ]);
    expect(items[0]?.balanceAfter).toBe(await getBalance(db, accounts.wallet(payer.id)));
    expect(items[3]?.reference).toEqual({ kind: "order", value: teaShop.orderId });
    expect(items[5]?.description).toBe(`Tea House: Tea set (order ${teaShop.orderId})`);
    expect(items[6]?.reference.value).toBe(items[6]?.entryId);
  });

  it("shows the recipient the transfer from its sender", async () => {
    const { items } = await listWalletMovements(db, { userId: friend.id });
    expect(items.map((m) => [m.kind, m.change, m.counterpart])).toEqual([
      ["transfer", 5_000n, { kind: "transferFrom", email: payer.email }],
    ]);
  });

  it("pages with a cursor, without gaps or repeats", async () => {
    const all = await everything();
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await listWalletMovements(db, { userId: payer.id, limit: 3, cursor });
      seen.push(...page.items.map((m) => m.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(all.map((m) => m.id));
  });

  it("filters by direction, type and Shanghai days, keeping each balance after right", async () => {
    const all = await everything();
    const outs = await everything({ direction: "out" });
    expect(outs.map((m) => m.change)).toEqual([-700n, -5_000n, -3_000n, -12_000n]);
    expect(outs.map((m) => m.balanceAfter)).toEqual(
      all.filter((m) => m.direction === "out").map((m) => m.balanceAfter),
    );
    expect((await everything({ kind: "payment" })).map((m) => m.change)).toEqual([-3_000n, -12_000n]);
    expect((await everything({ kind: "other" })).map((m) => m.change)).toEqual([100_000n]);
    expect(await everything({ kind: "topup" })).toEqual([]);
    const parsed = parseWalletHistory({ from: "2026-03-05", to: "2026-03-05", type: "transfer" });
    expect((await everything(parsed.filter)).map((m) => m.change)).toEqual([-5_000n]);
    const inOnly = parseWalletHistory({ direction: "in", to: "2026-03-05" });
    expect((await everything(inOnly.filter)).map((m) => m.kind)).toEqual(["refund", "other"]);
  });

  it("shows nobody else's movements", async () => {
    const stranger = await walletUser();
    expect((await listWalletMovements(db, { userId: stranger.id })).items).toEqual([]);
  });
});

describe("wallet history parameters", () => {
  it("keeps what it understands and names what it does not", () => {
    const parsed = parseWalletHistory({
      direction: "sideways",
      type: "refund",
      from: "2026-03-05",
      to: "2026-03-01",
      cursor: "123",
    });
    expect(parsed.invalid).toEqual(["direction", "to"]);
    expect(parsed.query).toEqual({ type: "refund", from: "2026-03-05" });
    expect(parsed.cursor).toBe("123");
    expect(parsed.filter.from?.toISOString()).toBe("2026-03-04T16:00:00.000Z");
    expect(parseWalletHistory({ cursor: "abc", from: "2026-02-30" })).toMatchObject({
      cursor: null,
      invalid: ["from"],
    });
  });

  it("refuses a cursor that is not a posting id", async () => {
    await expect(listWalletMovements(db, { userId: payer.id, cursor: "x1" })).rejects.toMatchObject({
      code: "invalid_request",
      field: "cursor",
    });
  });
});
