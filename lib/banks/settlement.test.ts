import { generateKeyPairSync } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settlementFileChunks, type SettlementFault, type SettlementRecord } from "../../mock-banks";
import { BANKS } from "./registry";
import { expectedSettlementFee } from "./settlement/fees";
import { APPROVED, approved, pay, paymentInput } from "./testing/flows";
import { startHarness, type Harness } from "./testing/harness";
import type { SettlementFile, SettlementLine, SettlementSource } from "./types";

// Each bank's daily settlement file, fetched from the real mock bank, verified over the whole file and
// parsed line by line; forged, tampered and badly ordered files are refused.

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

/** Today in Shanghai, the business day the payments below fall on. */
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

async function linesOf(file: SettlementFile): Promise<SettlementLine[]> {
  const lines: SettlementLine[] = [];
  for await (const line of file.lines()) lines.push(line);
  await file.close();
  return lines;
}

const bytesSource = (text: string): SettlementSource =>
  async function* () {
    // Odd-sized chunks, so that lines straddle chunk boundaries.
    const bytes = Buffer.from(text, "utf8");
    for (let at = 0; at < bytes.length; at += 777) yield bytes.subarray(at, at + 777);
  };

const record = (reference: string, amount = 1_000n): SettlementRecord => ({
  kind: "payment",
  reference,
  bankRef: "123456789012",
  amount,
  fee: 3n,
  status: "succeeded",
  at: new Date(),
});

describe.each(BANKS.map((bank) => bank.code))("%s: settlement file", (code) => {
  const connector = () => harness.registry.connector(code);
  const bank = () => {
    const found = harness.banks.banks.find((b) => b.code === code);
    if (!found) throw new Error(`no bank ${code}`);
    return found;
  };
  const rule = () => {
    const found = BANKS.find((b) => b.code === code);
    if (!found) throw new Error(`no bank ${code}`);
    return found.fees;
  };
  const injectFaults = async (faults: SettlementFault[]) => {
    const response = await fetch(`${bank().url}/test/settlement-faults`, {
      method: "POST",
      body: JSON.stringify({ date: today(), faults }),
    });
    expect(response.status).toBe(200);
  };

  async function paid(amount: bigint) {
    const input = paymentInput(harness, { amount });
    const result = approved((await pay(connector(), input, APPROVED)).result);
    return { attemptId: input.attemptId, bankTxnId: result.bankTxnId };
  }

  it("lists every approved payment and completed refund of the day, sorted, with the bank's fee", async () => {
    const first = await paid(12_345n);
    const second = await paid(99_999n);
    const refundId = `rf_${Date.now().toString(36)}${code}`;
    await connector().requestRefund({
      refundId,
      attemptId: first.attemptId,
      amount: 2_345n,
      currency: "CNY",
      notifyUrl: `${harness.inbox.url}/refunds/${refundId}`,
    });
    await harness.inbox.waitFor(`/refunds/${refundId}`);

    const file = await connector().fetchSettlementFile(today());
    const lines = await linesOf(file);
    const references = lines.map((line) => line.reference);
    expect(references).toEqual([...references].sort());
    expect(file.summary.count).toBe(lines.length);
    expect(file.summary.totalAmount).toBe(lines.reduce((sum, line) => sum + line.amount, 0n));

    const byRef = new Map(lines.map((line) => [line.reference, line]));
    expect(byRef.get(first.attemptId)).toMatchObject({
      kind: "payment",
      bankRef: first.bankTxnId,
      amount: 12_345n,
      fee: expectedSettlementFee(rule(), { kind: "payment", amount: 12_345n, status: "succeeded" }),
      status: "succeeded",
    });
    expect(byRef.get(second.attemptId)?.amount).toBe(99_999n);
    expect(byRef.get(refundId)).toMatchObject({
      kind: "refund",
      amount: 2_345n,
      fee: expectedSettlementFee(rule(), { kind: "refund", amount: 2_345n, status: "succeeded" }),
      status: "succeeded",
    });
    // The day before holds none of them.
    const yesterday = new Date(Date.parse(`${today()}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const earlier = await linesOf(await connector().fetchSettlementFile(yesterday));
    expect(earlier.map((line) => line.reference)).not.toContain(first.attemptId);
  });

  it("shows the mistakes it was told to make, and forgets them when told so", async () => {
    const a = await paid(10_000n);
    const b = await paid(20_000n);
    const c = await paid(30_000n);
    await injectFaults([
      { kind: "drop_line", reference: a.attemptId },
      { kind: "add_line", reference: "att_zzzz_phantom", type: "payment", amount: "555" },
      { kind: "flip_status", reference: b.attemptId },
      { kind: "change_amount", reference: c.attemptId, amount: "29999" },
      { kind: "change_fee", reference: b.attemptId, fee: "7777" },
    ]);
    const byRef = new Map(
      (await linesOf(await connector().fetchSettlementFile(today()))).map((line) => [line.reference, line]),
    );
    expect(byRef.has(a.attemptId)).toBe(false);
    expect(byRef.get("att_zzzz_phantom")).toMatchObject({ kind: "payment", amount: 555n });
    expect(byRef.get(b.attemptId)).toMatchObject({ status: "failed", fee: 7777n });
    expect(byRef.get(c.attemptId)?.amount).toBe(29_999n);

    await injectFaults([]);
    const clean = new Map(
      (await linesOf(await connector().fetchSettlementFile(today()))).map((line) => [line.reference, line]),
    );
    expect(clean.get(a.attemptId)?.amount).toBe(10_000n);
    expect(clean.has("att_zzzz_phantom")).toBe(false);
  });

  it("refuses a forged file: tampered, signed by another key, or out of order", async () => {
    const date = today();
    const signedBy = (pem: string, records: SettlementRecord[]) =>
      [...settlementFileChunks(code, { date, records }, pem)].join("");
    const bankKey = harness.bankPrivateKeyPem(code);
    const genuine = signedBy(bankKey, [record("att_a"), record("att_b")]);
    expect(await linesOf(await connector().readSettlementFile(date, bytesSource(genuine)))).toHaveLength(2);

    const forger = generateKeyPairSync("rsa", { modulusLength: 2048 })
      .privateKey.export({ type: "pkcs8", format: "pem" })
      .toString();
    await expect(
      connector().readSettlementFile(date, bytesSource(signedBy(forger, [record("att_a")]))),
    ).rejects.toMatchObject({ code: "signature_invalid" });

    // The same file with one amount changed and the bank's signature kept.
    const tampered = genuine.replace(/(1000|10\.00)/, (amount) => (amount === "1000" ? "1001" : "10.01"));
    expect(tampered).not.toBe(genuine);
    await expect(connector().readSettlementFile(date, bytesSource(tampered))).rejects.toMatchObject({
      code: expect.stringMatching(/signature_invalid|malformed/),
    });

    const unsorted = signedBy(bankKey, [record("att_b"), record("att_a")]);
    await expect(connector().readSettlementFile(date, bytesSource(unsorted))).rejects.toMatchObject({
      code: "malformed",
    });
    const otherDay = signedBy(bankKey, [record("att_a")]);
    await expect(connector().readSettlementFile("2020-01-01", bytesSource(otherDay))).rejects.toMatchObject({
      code: "malformed",
    });
    const truncated = genuine.slice(0, genuine.lastIndexOf("\n", genuine.length - 200));
    await expect(connector().readSettlementFile(date, bytesSource(truncated))).rejects.toMatchObject({
      code: "malformed",
    });
  });

  it("serves the file only to the gateway, on a fresh signed request", async () => {
    const url = `${bank().url}/settlement/${today()}`;
    expect((await fetch(url)).status).toBe(401);
    const time = new Date().toISOString();
    const forged = harness.signer.sign(`GET /settlement/2020-01-01\n${time}`);
    const wrong = await fetch(url, {
      headers: { "x-gateway-time": time, "x-gateway-signature": String(forged) },
    });
    expect(wrong.status).toBe(403);
    const stale = new Date(Date.now() - 600_000).toISOString();
    const old = await fetch(url, {
      headers: {
        "x-gateway-time": stale,
        "x-gateway-signature": String(harness.signer.sign(`GET /settlement/${today()}\n${stale}`)),
      },
    });
    expect(old.status).toBe(401);
  });
});
