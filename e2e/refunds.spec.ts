import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { merchantApi } from "./support/merchant-api";
import { startMerchantServer } from "./support/merchant-server";
import { paidByBankCard } from "./support/paid-payment";
import { signIn } from "./support/sign-in";

const OWNER = { email: "merchant@paylane.local", password: "paylane-merchant" };
const SHOTS = "test-results/refunds";

let merchant: Awaited<ReturnType<typeof startMerchantServer>>;
test.beforeAll(async () => {
  merchant = await startMerchantServer();
});
test.afterAll(async () => {
  await merchant.stop();
});

test("the owner refunds part of a card payment; the bank pays it back and the merchant is told", async ({
  page,
}) => {
  const payment = await paidByBankCard(page, merchant);
  await signIn(page, OWNER.email, OWNER.password);
  await page.goto(`/dashboard/payments/${payment.id}`);
  const amount = page.getByLabel("Refund amount (¥)");
  await expect(amount).toHaveValue("19.99");

  // Refused first, naming the field, with nothing changed.
  await amount.fill("12.345");
  await page.getByRole("button", { name: "Refund", exact: true }).click();
  await expect(page.getByText("Use at most two decimals (fen).")).toBeVisible();
  await amount.fill("20.00");
  await page.getByRole("button", { name: "Refund", exact: true }).click();
  await expect(page.getByText("That is more than is left to refund.")).toBeVisible();
  await expect(page.getByTestId("refund-row")).toHaveCount(0);

  await amount.fill("5.00");
  await page.getByLabel("Reason (optional)").fill("damaged");
  await page.getByRole("button", { name: "Refund", exact: true }).click();
  await expect(page.getByText(/was sent to the bank/)).toBeVisible();
  const row = page.getByTestId("refund-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("¥5.00");
  await expect(row).toContainText("damaged");
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("refund-row")).toContainText("Succeeded", { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByLabel("Refund amount (¥)")).toHaveValue("14.99");
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/payment-refunded.png`, fullPage: true });

  await expect
    .poll(() => merchant.notificationFor(payment.orderId, "refund.succeeded"), { timeout: 20_000 })
    .toBeTruthy();
  const got = await merchantApi("GET", `/api/v1/payments/${payment.orderId}`);
  expect(got.json).toMatchObject({ amountRefunded: 500, status: "succeeded" });
});

test("a merchant's server refunds through the API, idempotently", async ({ page }) => {
  const payment = await paidByBankCard(page, merchant);
  const body = { orderId: payment.orderId, refundId: `R-${payment.orderId}`, amount: 1999 };
  const created = await merchantApi("POST", "/api/v1/refunds", body);
  expect(created.status).toBe(201);
  expect(created.json).toMatchObject({ refundId: body.refundId, amount: 1999, status: "processing" });
  expect((await merchantApi("POST", "/api/v1/refunds", body)).status).toBe(200);
  expect((await merchantApi("POST", "/api/v1/refunds", { ...body, refundId: "R-more" })).json).toMatchObject({
    error: { code: "amount_exceeds_refundable", field: "amount" },
  });
  await expect
    .poll(async () => (await merchantApi("GET", `/api/v1/refunds/${body.refundId}`)).json.status, {
      timeout: 30_000,
    })
    .toBe("succeeded");
  await expect
    .poll(() => merchant.notificationFor(payment.orderId, "refund.succeeded"), { timeout: 20_000 })
    .toBeTruthy();
});
