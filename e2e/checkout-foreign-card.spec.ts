// Foreign cards through the card acquirer (stripe-stateful-mock on port 12111, started by the e2e server).
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { openMethod, pageAlert } from "./support/checkout";
import { createPayment, merchantApi, verifiedByPlatform } from "./support/merchant-api";
import { startMerchantServer } from "./support/merchant-server";

const FOREIGN_CARD = /International card|境外银行卡/;
const EXP_YEAR = String(new Date().getFullYear() + 3);

let merchant: Awaited<ReturnType<typeof startMerchantServer>>;
test.beforeAll(async () => {
  merchant = await startMerchantServer();
});
test.afterAll(async () => {
  await merchant.stop();
});

async function payByForeignCard(page: Page, number: string, cvc = "737") {
  await page.getByLabel(/International card number|境外银行卡卡号/).fill(number);
  await page.getByLabel(/Month \(MM\)|月（MM）/).fill("12");
  await page.getByLabel(/Year \(YYYY\)|年（YYYY）/).fill(EXP_YEAR);
  await page.getByLabel(/Security code|安全码/).fill(cvc);
  await page.getByLabel(/Name on card|持卡人姓名/).fill("Ada Lovelace");
  await page.getByRole("button", { name: /(Pay|支付) ¥19.99/ }).click();
}

test("a shopper pays with an international card and the merchant is notified", async ({ page }) => {
  const payment = await createPayment(merchant.base);
  await page.goto(payment.checkoutUrl);
  await openMethod(page, FOREIGN_CARD);
  await expect(page.getByLabel(/International card number/)).toHaveAttribute("autocomplete", "cc-number");
  await expectAccessible(page);
  await payByForeignCard(page, "4242 4242 4242 4242");
  await expect(page).toHaveURL(`${merchant.base}/orders/${payment.orderId}`);

  await expect
    .poll(() => merchant.notificationFor(payment.orderId, "payment.succeeded"), { timeout: 20_000 })
    .toBeTruthy();
  const notification = merchant.notificationFor(payment.orderId, "payment.succeeded");
  expect(notification && (await verifiedByPlatform(notification.headers, notification.body))).toBe(true);
  expect(notification?.body).not.toContain("4242424242424242");
  const fetched = await merchantApi("GET", `/api/v1/payments/${payment.orderId}`);
  expect(fetched.json).toMatchObject({ status: "succeeded", method: "bank_card", bank: "stripe", fee: 12 });
});

test("a declined card leaves the payment pending, the number is not sent back, another card pays", async ({
  page,
}) => {
  const payment = await createPayment(merchant.base);
  await page.goto(payment.checkoutUrl);
  await openMethod(page, FOREIGN_CARD);
  await payByForeignCard(page, "4000 0000 0000 0002");
  await expect(pageAlert(page)).toContainText(/Your card was declined|您的卡被拒绝/);
  await expect(page.getByLabel(/International card number/)).toHaveValue("");
  await expect(page.getByLabel(/Security code/)).toHaveValue("");
  await expect(page.getByLabel(/Name on card/)).toHaveValue("Ada Lovelace");
  expect(await page.content()).not.toMatch(/4000 ?0000 ?0000 ?0002/);
  expect((await merchantApi("GET", `/api/v1/payments/${payment.orderId}`)).json.status).toBe("pending");
  await expectAccessible(page);

  await payByForeignCard(page, "4242424242424242");
  await expect(page).toHaveURL(`${merchant.base}/orders/${payment.orderId}`);
  expect((await merchantApi("GET", `/api/v1/payments/${payment.orderId}`)).json.status).toBe("succeeded");
});

test("mistakes are shown on their fields before anything reaches the acquirer", async ({ page }) => {
  const payment = await createPayment(merchant.base);
  await page.goto(payment.checkoutUrl);
  await openMethod(page, FOREIGN_CARD);
  await payByForeignCard(page, "4242 4242 4242 4241", "12");
  const number = page.getByLabel(/International card number/);
  await expect(number).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Enter the card number as shown on the card.")).toBeVisible();
  await expect(page.getByText("Enter the 3- or 4-digit security code.")).toBeVisible();
  expect((await merchantApi("GET", `/api/v1/payments/${payment.orderId}`)).json.status).toBe("pending");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the international card form pays through to the merchant", async ({ page }) => {
    const payment = await createPayment(merchant.base);
    await page.goto(payment.checkoutUrl);
    await openMethod(page, FOREIGN_CARD);
    await payByForeignCard(page, "5555 5555 5555 4444");
    await expect(page).toHaveURL(`${merchant.base}/orders/${payment.orderId}`);
    expect((await merchantApi("GET", `/api/v1/payments/${payment.orderId}`)).json).toMatchObject({
      status: "succeeded",
      bank: "stripe",
    });
  });
});

test("the section speaks Chinese", async ({ page }) => {
  const payment = await createPayment(merchant.base);
  await page.goto(payment.checkoutUrl);
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await openMethod(page, FOREIGN_CARD);
  await expect(page.locator("summary", { hasText: "境外银行卡" })).toBeVisible();
  await payByForeignCard(page, "4000 0000 0000 9995");
  await expect(pageAlert(page)).toContainText("余额不足");
});
