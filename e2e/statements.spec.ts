import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { paidByBankCard } from "./support/paid-payment";
import { startMerchantServer } from "./support/merchant-server";
import { signIn } from "./support/sign-in";

const OWNER = { email: "merchant@paylane.local", password: "paylane-merchant" };
const HEADER =
  "type,order_id,refund_id,payment_id,amount,fee,net,currency,status,method,created_at,completed_at";

let merchant: Awaited<ReturnType<typeof startMerchantServer>>;
test.beforeAll(async () => {
  merchant = await startMerchantServer();
});
test.afterAll(async () => {
  await merchant.stop();
});

/** Today in Shanghai, as the statements count days. */
function shanghaiToday(): string {
  return new Date(Date.now() + 8 * 60 * 60_000).toISOString().slice(0, 10);
}

test("the owner sees today in the monthly summary and downloads the day's CSV statement", async ({
  page,
}) => {
  const payment = await paidByBankCard(page, merchant);
  const today = shanghaiToday();

  await signIn(page, OWNER.email, OWNER.password);
  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Statements" }).click();
  await expect(page).toHaveURL(/\/dashboard\/statements$/);
  await expect(page.getByRole("heading", { level: 1, name: "Statements" })).toBeVisible();
  const todayRow = page.getByTestId(`summary-${today}`);
  await expect(todayRow).toBeVisible();
  await expect(todayRow.locator("td").first()).not.toHaveText("0");
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/statements/month.png", fullPage: true });

  const [daily] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("download-daily").click(),
  ]);
  expect(daily.suggestedFilename()).toBe(`paylane-statement-${today}.csv`);
  const csv = await readFile(await daily.path(), "utf8");
  const [header, ...rows] = csv.trimEnd().split("\n");
  expect(header).toBe(HEADER);
  const row = rows.find((line) => line.startsWith(`payment,${payment.orderId},`));
  const [amount = "", fee = "", net = "", ...rest] = row?.split(",").slice(4, 10) ?? [];
  expect([amount, BigInt(amount) - BigInt(fee), ...rest]).toEqual([
    "1999",
    BigInt(net),
    "CNY",
    "succeeded",
    "bank_card",
  ]);

  const [monthly] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("download-monthly").click(),
  ]);
  expect(monthly.suggestedFilename()).toBe(`paylane-summary-${today.slice(0, 7)}.csv`);
  const summary = (await readFile(await monthly.path(), "utf8")).trimEnd().split("\n");
  expect(summary[0]).toBe("date,payment_count,payment_amount,refund_count,refund_amount,fees,net,currency");
  expect(summary.at(-1)).toMatch(/^total,[1-9]\d*,/);
});

test("a future day sends the browser back to the page with an explanation", async ({ page }) => {
  await signIn(page, OWNER.email, OWNER.password);
  await page.goto("/dashboard/statements/daily?date=2999-01-01");
  await expect(page).toHaveURL(/\/dashboard\/statements\?invalid=date$/);
  await expect(page.getByRole("alert").filter({ hasText: "YYYY-MM-DD" })).toBeVisible();
});

test("the downloads need a signed-in merchant member", async ({ page }) => {
  const path = "/dashboard/statements/daily?date=2026-01-01";
  const anonymous = await page.request.get(path, { maxRedirects: 0 });
  expect(anonymous.status()).toBeGreaterThanOrEqual(300);
  expect(anonymous.status()).toBeLessThan(400);
  expect(anonymous.headers().location).toContain("/signin");
  await signIn(page, "alice@paylane.local", "paylane-alice");
  expect((await page.request.get(path, { maxRedirects: 0 })).status()).toBe(403);
});
