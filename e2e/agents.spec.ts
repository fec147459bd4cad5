import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { startMerchantServer } from "./support/merchant-server";
import { paidByBankCard } from "./support/paid-payment";
import { signIn } from "./support/sign-in";

let merchant: Awaited<ReturnType<typeof startMerchantServer>>;
test.beforeAll(async () => {
  merchant = await startMerchantServer();
});
test.afterAll(async () => {
  await merchant.stop();
});

/** This month in Shanghai, as commissions count months. */
function shanghaiMonth(): string {
  return new Date(Date.now() + 8 * 60 * 60_000).toISOString().slice(0, 7);
}

test("an admin follows the commissions the demo merchant's agent earns, downloads the statement and pays it out", async ({
  page,
}) => {
  const payment = await paidByBankCard(page, merchant);
  const month = shanghaiMonth();

  await signIn(page, "admin@paylane.local", "paylane-admin");
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Agents" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Agents" })).toBeVisible();
  await page.getByRole("link", { name: "Harbor Partners" }).click();
  await expect(page.getByTestId("agent-merchants")).toContainText("Demo Shop");
  const row = page.getByTestId(`month-${month}`);
  await expect(row).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/agents/agent.png", fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    row.getByRole("link", { name: `Download ${month}` }).click(),
  ]);
  const lines = (await readFile(await download.path(), "utf8")).trimEnd().split("\n");
  expect(lines[0]).toBe(
    "accrued_at,merchant_id,merchant_name,payment_id,order_id,payment_amount,fee,share_bps,commission,status,payout_id",
  );
  // ¥19.99 at 0.6% is a ¥0.12 fee; 20% of it is 2 fen.
  expect(lines.find((line) => line.includes(payment.id))).toContain(
    `,${payment.orderId},1999,12,2000,2,accrued,`,
  );
  // The closing lines: what the ledger booked on the agent's account this month.
  expect(lines.slice(-5).map((line) => line.split(",")[0])).toEqual([
    "total_accrued",
    "total_reversed",
    "total_paid_out",
    "total_payout_failed",
    "net_movement",
  ]);

  await page.getByLabel("Month (YYYY-MM)").fill(month);
  await page.getByRole("button", { name: "Pay this month now" }).click();
  await expect(page.getByTestId("notice")).toContainText("Payout sent to the bank");
  await expect(page.getByTestId("agent-owed")).toHaveText("¥0.00");
  await expect
    .poll(
      async () => {
        await page.reload();
        return page.getByTestId("commission-payouts").textContent();
      },
      { timeout: 30_000 },
    )
    .toContain("Paid");

  // The same month again pays nothing twice.
  await page.getByLabel("Month (YYYY-MM)").fill(month);
  await page.getByRole("button", { name: "Pay this month now" }).click();
  await expect(page.getByTestId("notice")).toContainText("paid already");
});

test("an admin adds an agent through the form, refused first for a malformed account number, and links a merchant to it", async ({
  page,
}) => {
  await signIn(page, "admin@paylane.local", "paylane-admin");
  await page.goto("/admin/agents");
  const email = `agent-${Date.now()}@example.com`;
  await page.getByLabel("Name", { exact: true }).fill("River Services");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Share of the fee (%)").fill("12.5");
  await page.getByLabel("Account name").fill("River Services Ltd");
  await page.getByLabel("Account number").fill("12-34");
  await page.getByRole("button", { name: "Add agent" }).click();
  // The refusal sits under the field it names; what was typed is put back, the account number excepted.
  const accountNumber = page.getByLabel("Account number");
  await expect(accountNumber).toHaveAttribute("aria-invalid", "true");
  await expect(accountNumber).toHaveAccessibleDescription(/The account number is 12 to 30 digits\./);
  await expect(accountNumber).toHaveValue("");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("River Services");
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByLabel("Share of the fee (%)")).toHaveValue("12.5");
  await expect(page.getByLabel("Account name")).toHaveValue("River Services Ltd");
  await expect(page.getByRole("link", { name: "River Services" })).toHaveCount(0);
  await expectAccessible(page);

  await accountNumber.fill("6222 6001 0009 8765");
  await page.getByRole("button", { name: "Add agent" }).click();
  await expect(page.getByTestId("notice")).toContainText("Agent added");
  await expect(page.getByRole("heading", { level: 1, name: "River Services" })).toBeVisible();
  await expect(page.getByLabel("Share of the fee (%)")).toHaveValue("12.5");
  await expect(page.getByText("****8765")).toBeVisible();
  const agentId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
  expect(agentId).toMatch(/^agt_/);

  // The merchants page sets a merchant's agent with its other terms; a refused platform changes nothing.
  await page.goto("/admin/merchants?q=Lantern");
  const row = page.getByRole("row").filter({ hasText: "Lantern Books" });
  const merchantId = (await row.getAttribute("data-testid"))?.replace("merchant-row-", "") ?? "";
  expect(merchantId).toMatch(/^mch_/);
  await row.getByLabel("Agent").selectOption({ label: "River Services" });
  await row.getByLabel("Sub-merchant of (platform id)").fill(merchantId);
  await row.getByRole("button", { name: "Save: Lantern Books" }).click();
  await expect(page.getByTestId("notice")).toContainText("A merchant cannot be its own platform.");
  await page.goto("/admin/merchants?q=Lantern");
  await expect(row.getByLabel("Agent")).toHaveValue("");
  await expect(row.getByLabel("Sub-merchant of (platform id)")).toHaveValue("");

  await row.getByLabel("Agent").selectOption({ label: "River Services" });
  await row.getByRole("button", { name: "Save: Lantern Books" }).click();
  await expect(page.getByTestId("notice")).toContainText("Terms saved.");
  await expect(row.getByLabel("Agent")).toHaveValue(agentId);
  await expectAccessible(page);

  await page.goto(`/admin/agents/${agentId}`);
  await expect(page.getByTestId("agent-merchants")).toContainText("Lantern Books");
});

test("the platforms page shows the demo merchant's sub-merchant; a reviewer cannot open it", async ({
  page,
}) => {
  await signIn(page, "admin@paylane.local", "paylane-admin");
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Platforms" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Platforms" })).toBeVisible();
  await expect(page.getByText("Demo Shop Kitchen")).toBeVisible();
  await page.getByLabel("Sub-merchant id").fill("mch_nobody");
  await page.getByLabel("Platform merchant id").fill("mch_nobody_either");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("notice")).toContainText("No merchant with that sub-merchant id");
  await expectAccessible(page);
});

test("a reviewer cannot open agents or platforms", async ({ page }) => {
  await signIn(page, "reviewer@paylane.local", "paylane-review");
  expect((await page.goto("/admin/agents"))?.status()).toBe(403);
  expect((await page.goto("/admin/platforms"))?.status()).toBe(403);
});
