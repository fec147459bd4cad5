import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { BANK_NAMES, chooseBank, payAtBank } from "./support/checkout";
import { linkIn, waitForMail } from "./support/mailbox";
import { E2E_APP_URL } from "./support/ports";
import { signIn } from "./support/sign-in";

const PASSWORD = "correct horse battery";
const SHOTS = "test-results/wallet-transfers";
const DAY_MS = 24 * 60 * 60_000;

async function send(page: Page, email: string, amount: string) {
  await page.goto("/wallet/send");
  await page.getByLabel("Recipient's email").fill(email);
  await page.getByLabel("Amount (¥)").fill(amount);
  await page.getByRole("button", { name: "Send", exact: true }).click();
}

async function moveClock(offsetMs: number) {
  const response = await fetch(`${E2E_APP_URL}/api/test/clock`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ offsetMs }),
  });
  expect(response.status).toBe(200);
}

test("A sends ¥50 to an address with no account; its owner signs up with it and has ¥50", async ({
  page,
  context,
}) => {
  const newcomer = `claim-${Date.now()}@example.com`;
  await signIn(page, "alice@paylane.local", "paylane-alice");
  await send(page, newcomer, "50");
  await expect(page.getByTestId("send-done")).toContainText(newcomer);
  const code = (await page.getByTestId("pairing-code").textContent()) ?? "";
  expect(code).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}$/);
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/sent.png`, fullPage: true });
  await page.goto("/wallet/transfers");
  await expect(page.getByTestId("transfer-row").first()).toContainText("Waiting to be claimed");
  await page.getByRole("button", { name: /^(Sign out|退出)$/ }).click();
  await expect(page.getByRole("link", { name: /^(Sign in|登录)$/ }).first()).toBeVisible();

  // The recipient's mail carries the same pairing code and a link to sign up with the address.
  const notice = await waitForMail(newcomer, /sent you|向您转账/);
  expect(notice.text).toContain(code);
  await page.goto(linkIn(notice, `${E2E_APP_URL}/signup`));
  await expect(page.getByLabel(/^(Email|邮箱)$/)).toHaveValue(newcomer);
  await page.getByLabel(/^(Password|密码)$/).fill(PASSWORD);
  await page.getByRole("button", { name: /Create account|创建账户/ }).click();
  await expect(page).toHaveURL(/\/signup\/check-email/);
  const verify = await waitForMail(newcomer, /verify|验证/i);
  await page.goto(linkIn(verify, `${E2E_APP_URL}/verify-email`));
  await page.getByRole("button", { name: /Verify my email|验证我的邮箱/ }).click();
  await expect(page.locator("main").getByRole("status")).toContainText(/verified|已验证/);
  await signIn(page, newcomer, PASSWORD);
  await page.goto("/wallet");
  await expect(page.getByTestId("wallet-balance")).toHaveText("¥50.00");

  // Four sends of ¥20 at once from the ¥50: exactly two go through.
  const tabs = await Promise.all([1, 2, 3, 4].map(() => context.newPage()));
  for (const tab of tabs) {
    await tab.goto("/wallet/send");
    await tab.getByLabel("Recipient's email").fill("bob@paylane.local");
    await tab.getByLabel("Amount (¥)").fill("20");
  }
  await Promise.all(tabs.map((tab) => tab.getByRole("button", { name: "Send", exact: true }).click()));
  const outcomes = await Promise.all(
    tabs.map(async (tab) => {
      await expect(
        tab.getByTestId("send-done").or(tab.getByText("Your balance is not enough")),
      ).toBeVisible();
      return tab.getByTestId("send-done").isVisible();
    }),
  );
  expect(outcomes.filter(Boolean)).toHaveLength(2);
  await page.goto("/wallet");
  await expect(page.getByTestId("wallet-balance")).toHaveText("¥10.00");
});

test("the sender cancels one unclaimed transfer; another returns by itself after 30 days", async ({
  page,
}) => {
  const cancelled = `cancel-${Date.now()}@example.com`;
  const forgotten = `forgot-${Date.now()}@example.com`;
  await signIn(page, "bob@paylane.local", "paylane-bob");
  await send(page, cancelled, "20");
  await expect(page.getByTestId("send-done")).toBeVisible();
  await send(page, forgotten, "10");
  await expect(page.getByTestId("send-done")).toBeVisible();

  await page.goto("/wallet/transfers");
  const cancelRow = page.getByTestId("transfer-row").filter({ hasText: cancelled });
  await cancelRow.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByText("Cancelled: the money is back in your wallet.")).toBeVisible();
  await expect(page.getByTestId("transfer-row").filter({ hasText: cancelled })).toContainText("Cancelled");
  await expect((await waitForMail(cancelled, /cancelled|取消/i)).text).toMatch(/cancelled|取消/);
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/transfers.png`, fullPage: true });

  try {
    await moveClock(30 * DAY_MS + 5 * 60_000);
    await expect(async () => {
      await page.goto("/wallet/transfers");
      await expect(page.getByTestId("transfer-row").filter({ hasText: forgotten })).toContainText(
        "Returned (unclaimed)",
        { timeout: 1_000 },
      );
    }).toPass({ timeout: 90_000 });
  } finally {
    await moveClock(0);
  }
  await waitForMail(forgotten, /returned|退回/i);
});

test("a wallet user tops up ¥100 by bank card at the bank's own page", async ({ page }) => {
  await signIn(page, "alice@paylane.local", "paylane-alice");
  await page.goto("/wallet");
  const before = (await page.getByTestId("wallet-balance").textContent()) ?? "";
  await page.goto("/wallet/top-up");
  await page.getByRole("button", { name: "Continue to the bank" }).click();
  await expect(page.getByText("Enter an amount.")).toBeVisible();
  await page.getByLabel("Amount (¥)").fill("100");
  await expectAccessible(page);
  await chooseBank(page, "ccmb");
  await payAtBank(page, "6222020000000001");
  await expect(page).toHaveURL(/\/wallet\/top-up\/pay_/);
  await expect(page.getByTestId("top-up-outcome")).toHaveText("Done: the money is in your wallet.");
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/top-up.png`, fullPage: true });
  await page.goto("/wallet");
  const cents = (text: string) => Number(text.replace(/[^0-9]/g, ""));
  expect(cents((await page.getByTestId("wallet-balance").textContent()) ?? "")).toBe(cents(before) + 10_000);
});

test("a wallet user withdraws to their own card; the bank pays it out", async ({ page }) => {
  await signIn(page, "bob@paylane.local", "paylane-bob");
  await page.goto("/wallet");
  await page.getByRole("link", { name: "Withdraw" }).click();
  await expect(page).toHaveURL(/\/wallet\/withdraw$/);
  await page.getByLabel(BANK_NAMES.icmb).check();
  await page.getByLabel("Card number").fill("6222 0200 0000 0001");
  await page.getByLabel("Name on the card").fill("Bob Li");
  await page.getByLabel("Amount (¥)").fill("10");
  await page.getByLabel("Your password").fill("wrong password");
  await page.getByRole("button", { name: "Withdraw", exact: true }).click();
  await expect(page.getByText("The password is not right.")).toBeVisible();
  await page.getByLabel("Card number").fill("6222 0200 0000 0001");
  await page.getByLabel("Your password").fill("paylane-bob");
  await page.getByRole("button", { name: "Withdraw", exact: true }).click();
  await expect(page.getByTestId("withdraw-done")).toContainText("****0001");
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("wallet-withdrawal").first()).toContainText("Paid out", { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/withdraw.png`, fullPage: true });
});
