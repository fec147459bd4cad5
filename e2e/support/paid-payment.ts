import { expect, type Page } from "@playwright/test";
import { chooseBank, payAtBank } from "./checkout";
import { createPayment } from "./merchant-api";
import type { startMerchantServer } from "./merchant-server";

type MerchantServer = Awaited<ReturnType<typeof startMerchantServer>>;

/** A payment paid by bank card at the mock ICBC look-alike, through the hosted checkout, once notified. */
export async function paidByBankCard(
  page: Page,
  merchant: MerchantServer,
  overrides: Record<string, unknown> = {},
) {
  const payment = await createPayment(merchant.base, overrides);
  await page.goto(payment.checkoutUrl);
  await chooseBank(page, "icmb");
  await payAtBank(page, "6222020000000001");
  await expect(page).toHaveURL(`${merchant.base}/orders/${payment.orderId}`);
  await expect
    .poll(() => merchant.notificationFor(payment.orderId, "payment.succeeded"), { timeout: 20_000 })
    .toBeTruthy();
  return payment;
}
