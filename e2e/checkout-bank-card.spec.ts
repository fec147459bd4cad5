import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { backFromBank, chooseBank, pageAlert, payAtBank } from "./support/checkout";
import { createPayment, merchantApi, verifiedByPlatform } from "./support/merchant-api";
import { startMerchantServer } from "./support/merchant-server";

let merchant: Awaited<ReturnType<typeof startMerchantServer>>;
test.beforeAll(async () => {
  merchant = await startMerchantServer();
});
test.afterAll(async () => {
  await merchant.stop();
});

for (const bank of ["icmb", "ccmb", "mcmb"] as const) {
  test(`a shopper pays by bank card at ${bank} and the merchant is notified`, async ({ page }) => {
    const payment = await createPayment(merchant.base);
    await page.goto(payment.checkoutUrl);
    await expect(page.getByTestId("checkout-amount")).toHaveText("¥19.99");
    await expectAccessible(page);
    await chooseBank(page, bank);
    await payAtBank(page, "6222020000000001");
    await expect(page).toHaveURL(`${merchant.base}/orders/${payment.orderId}`);

    await expect
      .poll(() => merchant.notificationFor(payment.orderId, "payment.succeeded"), { timeout: 20_000 })
      .toBeTruthy();
    const notification = merchant.notificationFor(payment.orderId, "payment.succeeded");
    expect(notification && (await verifiedByPlatform(notification.headers, notification.body))).toBe(true);
    const fetched = await merchantApi("GET", `/api/v1/payments/${payment.orderId}`);
    expect(fetched.json).toMatchObject({ status: "succeeded", method: "bank_card", bank, fee: 12 });
  });
}

test("a declined card leaves the payment pending; the shopper tries again and pays", async ({ page }) => {
  const payment = await createPayment(merchant.base);
  await page.goto(payment.checkoutUrl);
  await chooseBank(page, "ccmb");
  await payAtBank(page, "6222020000000002");
  await expect(page.getByRole("alert")).toContainText(/Insufficient funds/);
  await backFromBank(page);
  await expect(page).toHaveURL(new RegExp(`/pay/.+declined=insufficient_funds`));
  await expect(pageAlert(page)).toContainText(/insufficient funds|余额不足/);
  expect((await merchantApi("GET", `/api/v1/payments/${payment.orderId}`)).json.status).toBe("pending");

  await chooseBank(page, "ccmb");
  await payAtBank(page, "6222020000000001", "999999");
  await backFromBank(page);
  await expect(pageAlert(page)).toContainText(/wrong password|密码错误/);

  await chooseBank(page, "ccmb");
  await payAtBank(page, "6222020000000001");
  await expect(page).toHaveURL(`${merchant.base}/orders/${payment.orderId}`);
  expect((await merchantApi("GET", `/api/v1/payments/${payment.orderId}`)).json.status).toBe("succeeded");
});

test("a lost bank notification is found by querying the bank within two minutes", async ({ page }) => {
  test.setTimeout(150_000);
  const payment = await createPayment(merchant.base);
  await page.goto(payment.checkoutUrl);
  await chooseBank(page, "mcmb");
  await payAtBank(page, "6222020000000003");
  await expect(page.getByText("Done, you may close this page.")).toBeVisible();
  const started = Date.now();
  await expect
    .poll(async () => (await merchantApi("GET", `/api/v1/payments/${payment.orderId}`)).json.status, {
      timeout: 120_000,
      intervals: [2_000],
    })
    .toBe("succeeded");
  test
    .info()
    .annotations.push({ type: "found after", description: `${Math.round((Date.now() - started) / 1000)} s` });
  await expect
    .poll(() => merchant.notificationFor(payment.orderId, "payment.succeeded"), { timeout: 20_000 })
    .toBeTruthy();
});

test("the slow bank answers after a few seconds and the payment succeeds", async ({ page }) => {
  const payment = await createPayment(merchant.base);
  await page.goto(payment.checkoutUrl);
  await chooseBank(page, "icmb");
  await payAtBank(page, "6222020000000004");
  await expect(page).toHaveURL(`${merchant.base}/orders/${payment.orderId}`, { timeout: 30_000 });
  expect((await merchantApi("GET", `/api/v1/payments/${payment.orderId}`)).json.status).toBe("succeeded");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const bank of ["icmb", "ccmb"] as const) {
    test(`the bank-card path works end to end at ${bank}`, async ({ page }) => {
      const payment = await createPayment(merchant.base);
      await page.goto(payment.checkoutUrl);
      await chooseBank(page, bank);
      await payAtBank(page, "6222020000000001");
      // A bank that returns the shopper by form waits for a click when scripts cannot run.
      const back = page.getByRole("button", { name: /Return to the merchant/ });
      await expect(back.or(page.getByRole("heading", { name: "Demo shop order page" }))).toBeVisible();
      if (await back.isVisible()) await back.click();
      await expect(page).toHaveURL(`${merchant.base}/orders/${payment.orderId}`);
      expect((await merchantApi("GET", `/api/v1/payments/${payment.orderId}`)).json.status).toBe("succeeded");
    });
  }
});
