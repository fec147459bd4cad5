import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { openMethod, pageAlert } from "./support/checkout";
import { createPayment, merchantApi } from "./support/merchant-api";
import { startMerchantServer } from "./support/merchant-server";
import { signIn } from "./support/sign-in";

let merchant: Awaited<ReturnType<typeof startMerchantServer>>;
test.beforeAll(async () => {
  merchant = await startMerchantServer();
});
test.afterAll(async () => {
  await merchant.stop();
});

test("a shopper pays from the Paylane wallet and sees it in the wallet's history", async ({ page }) => {
  const payment = await createPayment(merchant.base, { amount: 2500, payerEmail: "bob@paylane.local" });
  await page.goto(payment.checkoutUrl);
  await openMethod(page, /Paylane wallet|Paylane 钱包/);
  await expect(page.getByLabel(/Wallet email|钱包邮箱/)).toHaveValue("bob@paylane.local");
  await page.getByLabel(/Wallet password|钱包密码/).fill("wrong password");
  await page.getByRole("button", { name: /(Pay|支付) ¥25.00/ }).click();
  await expect(pageAlert(page)).toContainText(/Wrong wallet email or password|钱包邮箱或密码错误/);
  await expectAccessible(page);

  await page.getByLabel(/Wallet password|钱包密码/).fill("paylane-bob");
  await page.getByRole("button", { name: /(Pay|支付) ¥25.00/ }).click();
  await expect(page).toHaveURL(`${merchant.base}/orders/${payment.orderId}`);
  await expect
    .poll(() => merchant.notificationFor(payment.orderId, "payment.succeeded"), { timeout: 20_000 })
    .toBeTruthy();
  expect((await merchantApi("GET", `/api/v1/payments/${payment.orderId}`)).json).toMatchObject({
    status: "succeeded",
    method: "wallet",
  });

  await signIn(page, "bob@paylane.local", "paylane-bob");
  await expect(page.getByTestId("wallet-balance")).toHaveText("¥475.00");
  await expect(page.getByText(`Demo Shop: Blue mug (order ${payment.orderId})`)).toBeVisible();
  const latest = page.getByTestId("wallet-movement").first();
  await expect(latest.getByTestId("movement-counterpart")).toHaveText("Demo Shop");
  await expect(latest.getByTestId("movement-reference")).toHaveText(
    new RegExp(`^(Order|订单) ${payment.orderId}$`),
  );
  await page.screenshot({ path: "test-results/checkout-wallet/wallet-history.png", fullPage: true });

  // A refund goes back to the wallet, named after the merchant; the type filter finds it alone.
  const refund = await merchantApi("POST", "/api/v1/refunds", {
    orderId: payment.orderId,
    refundId: `R-${payment.orderId}`,
    amount: 500,
  });
  expect(refund.json.status).toBe("succeeded");
  await page.getByLabel(/^(Type|类型)$/).selectOption("refund");
  await page.getByRole("button", { name: /^(Filter|筛选)$/ }).click();
  await expect(page).toHaveURL(/[?&]type=refund/);
  const movements = page.getByTestId("wallet-movement");
  await expect(movements).toHaveCount(1);
  await expect(movements.getByTestId("movement-counterpart")).toHaveText(
    /^(Refund from Demo Shop|来自 Demo Shop 的退款)$/,
  );
  await expect(movements.getByTestId("movement-amount")).toContainText("+¥5.00");
  await expect(movements.getByTestId("movement-reference")).toHaveText(
    new RegExp(`^(Order|订单) ${payment.orderId}$`),
  );
  await expect(page.getByTestId("wallet-balance")).toHaveText("¥480.00");
  await expectAccessible(page);
});

test("a wallet without enough money is declined and the payment stays payable", async ({ page }) => {
  const payment = await createPayment(merchant.base, { amount: 99_999_00 });
  await page.goto(payment.checkoutUrl);
  await openMethod(page, /Paylane wallet|Paylane 钱包/);
  await page.getByLabel(/Wallet email|钱包邮箱/).fill("alice@paylane.local");
  await page.getByLabel(/Wallet password|钱包密码/).fill("paylane-alice");
  await page.getByRole("button", { name: /(Pay|支付) ¥99,999.00/ }).click();
  await expect(pageAlert(page)).toContainText(/balance is too low|余额不足/);
  expect((await merchantApi("GET", `/api/v1/payments/${payment.orderId}`)).json.status).toBe("pending");
});

test("closed and paid payments show a clear page instead of the form", async ({ page }) => {
  const payment = await createPayment(merchant.base);
  expect((await merchantApi("POST", `/api/v1/payments/${payment.orderId}/close`)).json.status).toBe("closed");
  await page.goto(payment.checkoutUrl);
  await expect(page.getByTestId("checkout-state")).toHaveText(/cancelled|已关闭/);
  await expect(page.getByRole("button", { name: /Continue to the bank|前往银行付款/ })).toHaveCount(0);
  await expectAccessible(page);
});

test("an expired payment shows the expired page", async ({ page }) => {
  const payment = await createPayment(merchant.base, {
    expiresAt: new Date(Date.now() + 2_000).toISOString(),
  });
  await page.waitForTimeout(2_500);
  await page.goto(payment.checkoutUrl);
  await expect(page.getByTestId("checkout-state")).toHaveText(/expired|已过期/);
});

test("a shopper pays with the prepaid test card; a wrong PIN is refused", async ({ page }) => {
  const payment = await createPayment(merchant.base, { amount: 1000 });
  await page.goto(payment.checkoutUrl);
  await openMethod(page, /Prepaid card|预付费卡/);
  await page.getByLabel(/^(Prepaid card number|预付费卡号)$/).fill("9000 0000 0000 0001");
  await page.getByLabel(/^(Prepaid card PIN|预付费卡密码)$/).fill("111111");
  await page.getByRole("button", { name: /(Pay|支付) ¥10.00/ }).click();
  await expect(pageAlert(page)).toContainText(/Wrong card number or PIN|卡号或密码错误/);
  await expectAccessible(page);

  await page.getByLabel(/^(Prepaid card number|预付费卡号)$/).fill("9000000000000001");
  await page.getByLabel(/^(Prepaid card PIN|预付费卡密码)$/).fill("654321");
  await page.getByRole("button", { name: /(Pay|支付) ¥10.00/ }).click();
  await expect(page).toHaveURL(`${merchant.base}/orders/${payment.orderId}`);
  expect((await merchantApi("GET", `/api/v1/payments/${payment.orderId}`)).json).toMatchObject({
    status: "succeeded",
    method: "prepaid_card",
  });
  await expect
    .poll(() => merchant.notificationFor(payment.orderId, "payment.succeeded"), { timeout: 20_000 })
    .toBeTruthy();
});
