import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { paidByBankCard } from "./support/paid-payment";
import { startMerchantServer } from "./support/merchant-server";
import { signIn } from "./support/sign-in";

const COLUMNS = "payment_count,payment_amount,fees,refund_count,refund_amount,net,exceptions_open,currency";

let merchant: Awaited<ReturnType<typeof startMerchantServer>>;
test.beforeAll(async () => {
  merchant = await startMerchantServer();
});
test.afterAll(async () => {
  await merchant.stop();
});

test("an admin reads the report by day and by bank and downloads it as CSV", async ({ page }) => {
  // One payment today at the mock ICBC look-alike, so the chart and the bank's row have something in them.
  await paidByBankCard(page, merchant, { amount: 4321 });

  await signIn(page, "admin@paylane.local", "paylane-admin");
  await page
    .getByRole("navigation", { name: "Admin" })
    .getByRole("link", { name: /^(Reports|报表)$/ })
    .click();
  await expect(page).toHaveURL(/\/admin\/reports$/);
  await expect(page.getByRole("heading", { level: 1, name: /^(Reports|报表)$/ })).toBeVisible();
  // The last 30 Shanghai days: one bar each, and the same days in the table.
  const chart = page.getByTestId("report-chart");
  await expect(chart.getByRole("img", { name: /Volume by day|每日交易额/ })).toBeVisible();
  await expect(chart.locator("rect")).toHaveCount(30);
  await expect(page.getByTestId("report-table").locator("tbody tr")).toHaveCount(30);
  await expect(page.getByTestId("report-payments")).not.toHaveText("0");
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/admin-reports/by-day.png", fullPage: true });

  await page.getByLabel(/^(Group by|分组方式)$/).selectOption("bank");
  await page.getByRole("button", { name: /^(Show report|查看报表)$/ }).click();
  await expect(page).toHaveURL(/group=bank/);
  await expect(page.getByTestId("report-row-icmb")).toBeVisible();
  await expect(chart.getByRole("img", { name: /Volume by bank|各银行交易额/ })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/admin-reports/by-bank.png", fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("download-bank").click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^paylane-report-bank-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const lines = (await readFile(await download.path(), "utf8")).trimEnd().split("\n");
  expect(lines[0]).toBe(`bank,${COLUMNS}`);
  const icmb = lines.find((line) => line.startsWith("icmb,"))?.split(",") ?? [];
  expect(Number(icmb[1])).toBeGreaterThanOrEqual(1);
  expect(lines.at(-1)).toMatch(/^total,[1-9]\d*,/);
});

test("reviewers, merchants and wallet users are refused the reports and their downloads", async ({
  page,
}) => {
  for (const [email, password] of [
    ["reviewer@paylane.local", "paylane-review"],
    ["merchant@paylane.local", "paylane-merchant"],
    ["alice@paylane.local", "paylane-alice"],
  ] as const) {
    await page.context().clearCookies();
    await signIn(page, email, password);
    expect((await page.goto("/admin/reports"))?.status()).toBe(403);
    const csv = await page.request.get("/admin/reports/download?group=merchant");
    expect([email, csv.status()]).toEqual([email, 403]);
  }
});
