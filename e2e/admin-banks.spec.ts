import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { BANK_NAMES } from "./support/checkout";
import { createPayment } from "./support/merchant-api";
import { signIn } from "./support/sign-in";

test("an admin disables a bank and shoppers no longer see it, then enables it again", async ({
  page,
  browser,
}) => {
  await signIn(page, "admin@paylane.local", "paylane-admin");
  await page.goto("/admin/banks");
  await expectAccessible(page);
  await page.getByRole("button", { name: /(Disable|关闭) Merchants Union Mock Bank/ }).click();
  await expect(page.getByTestId("bank-status-mcmb")).toHaveText(/Disabled|已关闭/);

  const shopper = await browser.newPage();
  const payment = await createPayment("http://127.0.0.1:9");
  await shopper.goto(payment.checkoutUrl);
  await expect(shopper.getByLabel(BANK_NAMES.icmb)).toBeVisible();
  await expect(shopper.getByLabel(BANK_NAMES.mcmb)).toHaveCount(0);

  await page.getByRole("button", { name: /(Enable|开启) Merchants Union Mock Bank/ }).click();
  await expect(page.getByTestId("bank-status-mcmb")).toHaveText(/Enabled|已开启/);
  await shopper.reload();
  await expect(shopper.getByLabel(BANK_NAMES.mcmb)).toBeVisible();
});

test("a reviewer cannot manage banks", async ({ page }) => {
  await signIn(page, "reviewer@paylane.local", "paylane-review");
  expect((await page.goto("/admin/banks"))?.status()).toBe(403);
});
