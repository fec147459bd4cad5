import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { expectAccessible } from "./support/a11y";
import { merchantApi } from "./support/merchant-api";
import { startMerchantServer } from "./support/merchant-server";
import { paidByBankCard } from "./support/paid-payment";
import { signIn } from "./support/sign-in";
import { readE2eState } from "./support/state";

const OWNER = { email: "merchant@paylane.local", password: "paylane-merchant" };
const SHOTS = "test-results/splits";

let merchant: Awaited<ReturnType<typeof startMerchantServer>>;
test.beforeAll(async () => {
  merchant = await startMerchantServer();
});
test.afterAll(async () => {
  await merchant.stop();
});

/** An approved merchant that Paylane linked to the demo merchant as its sub-merchant. */
async function subMerchantOfDemo(name: string): Promise<string> {
  const { databaseUrl, merchant: demo } = readE2eState();
  const id = `mch_e2e${randomBytes(8).toString("hex")}`;
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query(
      `INSERT INTO merchants (id, name, email, "siteUrl", status, products, "platformMerchantId", "updatedAt")
       VALUES ($1, $2, $3, 'https://kitchen.example', 'ACTIVE', ARRAY['RMB']::"Product"[], $4, now())`,
      [id, name, `${id}@example.com`, demo.merchantId],
    );
  } finally {
    await db.end();
  }
  return id;
}

test("a platform gives a sub-merchant a share of a card payment and follows it in the dashboard", async ({
  page,
}) => {
  const name = `E2E Kitchen ${randomBytes(3).toString("hex")}`;
  const subId = await subMerchantOfDemo(name);

  // A share larger than the net amount is refused, naming the field.
  const tooMuch = await merchantApi("POST", "/api/v1/payments", {
    orderId: `E2E-SPLIT-${Date.now()}`,
    amount: 1999,
    subject: "Market order",
    notifyUrl: `${merchant.base}/notify`,
    returnUrl: `${merchant.base}/orders/x`,
    splits: [{ merchantId: subId, amount: 1999 }],
  });
  expect(tooMuch.status).toBe(400);
  expect(tooMuch.json).toMatchObject({ error: { code: "invalid_request", field: "splits" } });

  const payment = await paidByBankCard(page, merchant, { splits: [{ merchantId: subId, amount: 500 }] });
  const shares = await merchantApi("GET", `/api/v1/payments/${payment.orderId}/splits`);
  expect(shares.status).toBe(200);
  expect(shares.json).toMatchObject({
    orderId: payment.orderId,
    splits: [{ merchantId: subId, merchantName: name, amount: 500, amountReversed: 0, status: "held" }],
  });

  await signIn(page, OWNER.email, OWNER.password);
  await page.goto(`/dashboard/payments/${payment.id}`);
  const onPayment = page.getByRole("table", { name: "Split shares" });
  await expect(onPayment.getByTestId("split-row")).toHaveCount(1);
  await expect(onPayment.getByTestId("split-row")).toContainText(name);
  await expect(onPayment.getByTestId("split-row")).toContainText("¥5.00");
  await expect(onPayment.getByTestId("split-row")).toContainText("Held until settlement");

  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Splits" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Split settlement" })).toBeVisible();
  await expect(page.getByTestId("sub-merchants")).toContainText(subId);
  const given = page.getByTestId("splits-given");
  await expect(given.getByTestId("split-row").filter({ hasText: payment.orderId })).toContainText("¥5.00");
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/splits.png`, fullPage: true });
});
