import { createSign, randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { expect, test, type Locator, type Page } from "@playwright/test";
import pg from "pg";
import { expectAccessible } from "./support/a11y";
import { createPayment, merchantApi } from "./support/merchant-api";
import { paidByBankCard } from "./support/paid-payment";
import { startMerchantServer } from "./support/merchant-server";
import { E2E_APP_URL } from "./support/ports";
import { signIn } from "./support/sign-in";
import { readE2eState } from "./support/state";

const OWNER = { email: "merchant@paylane.local", password: "paylane-merchant" };
const SHOTS = "test-results/merchant-dashboard";

let merchant: Awaited<ReturnType<typeof startMerchantServer>>;
test.beforeAll(async () => {
  merchant = await startMerchantServer();
});
test.afterAll(async () => {
  await merchant.stop();
});

/** A GET to the merchant API signed with a given key (the support helper signs with the demo key). */
async function signedGet(path: string, keyId: string, privateKeyPem: string): Promise<number> {
  const { merchant: demo } = readE2eState();
  const timestamp = Math.floor(Date.now() / 1000).toString();
  const nonce = randomBytes(16).toString("hex");
  const signature = createSign("sha256")
    .update(`GET\n${path}\n${timestamp}\n${nonce}\n\n`)
    .sign(privateKeyPem, "base64");
  const response = await fetch(`${E2E_APP_URL}${path}`, {
    headers: {
      authorization: `PAYLANE-RSA-SHA256 merchant_id="${demo.merchantId}",key_id="${keyId}",timestamp="${timestamp}",nonce="${nonce}",signature="${signature}"`,
    },
  });
  return response.status;
}

function dashboardNav(page: Page): Locator {
  return page.getByRole("navigation", { name: /^(Dashboard|商户后台)$/ });
}

test("the owner finds a paid payment, reads its history and resends its notification", async ({ page }) => {
  const payment = await paidByBankCard(page, merchant);

  await signIn(page, OWNER.email, OWNER.password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId("dashboard-merchant-name")).toHaveText("Demo Shop");
  await expect(page.getByTestId("merchant-id")).toHaveText(/^mch_/);
  await expect(page.getByTestId("pending-balance")).toHaveText(/^¥\d/);
  await expect(page.getByTestId("pending-balance")).not.toHaveText("¥0.00");
  await expect(page.getByTestId("volume-chart").locator("rect")).toHaveCount(14);
  await expect(page.getByTestId("platform-public-key")).toHaveValue(/-----BEGIN PUBLIC KEY-----/);
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/overview.png`, fullPage: true });

  await dashboardNav(page).getByRole("link", { name: "Payments" }).click();
  await expect(page).toHaveURL(/\/dashboard\/payments$/);
  await page.getByLabel("Order ID").fill(payment.orderId);
  await page.getByLabel("Status").selectOption("succeeded");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${payment.orderId}`));
  const rows = page.getByTestId("payments-table").locator("tbody tr");
  await expect(rows).toHaveCount(1);
  const row = page.getByTestId(`payment-row-${payment.orderId}`);
  await expect(row).toContainText("¥19.99");
  await expect(row).toContainText("Succeeded");
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/payments.png`, fullPage: true });

  await row.getByRole("link", { name: payment.orderId }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/payments/${payment.id}$`));
  await expect(page.getByTestId("detail-order-id")).toHaveText(payment.orderId);
  await expect(page.getByTestId("detail-status")).toHaveText("Succeeded");
  const attempt = page.getByTestId("attempt-row");
  await expect(attempt).toHaveCount(1);
  await expect(attempt).toContainText("Approved");
  await expect(attempt).toContainText("Industrial & Commerce Mock Bank");
  const messages = page.getByTestId("bank-message");
  expect(await messages.count()).toBeGreaterThanOrEqual(2);
  await expect(messages.first()).toContainText("To bank");
  await messages.first().getByText("Raw message").click();
  await expect(messages.first().locator("pre")).toBeVisible();

  const event = page.locator('[data-testid^="notification-evt_"]');
  await expect(event).toHaveCount(1);
  await expect(event.getByTestId("notification-status")).toHaveText("Delivered");
  const deliveries = event.getByTestId("delivery-attempt");
  await expect(deliveries).toHaveCount(1);
  await expect(deliveries.first()).toContainText("200");
  await expect(deliveries.first()).toContainText(/\d+ ms/);
  await expectAccessible(page);

  await event.getByRole("button", { name: "Resend" }).click();
  await expect(page.getByTestId("resend-notice")).toContainText("Resend queued");
  await expect
    .poll(
      async () => {
        await page.reload();
        return deliveries.count();
      },
      { timeout: 20_000, intervals: [500, 1_000] },
    )
    .toBe(2);
  await expect(deliveries.nth(1)).toContainText("Resend");
  await expect(deliveries.nth(1)).toContainText("200");
  expect(
    merchant.notifications.filter(
      (n) => n.event.data.orderId === payment.orderId && n.event.type === "payment.succeeded",
    ),
  ).toHaveLength(2);
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/payment-detail.png`, fullPage: true });

  const eventId = (await event.getAttribute("data-testid"))?.replace("notification-", "") ?? "";
  await dashboardNav(page).getByRole("link", { name: "Notifications" }).click();
  await page.getByLabel("Status").selectOption("delivered");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/status=delivered/);
  await expect(page.getByTestId(`notification-${eventId}`)).toContainText(payment.orderId);
  await expectAccessible(page);

  // Another merchant's payment, or one that does not exist, is the same 404.
  expect((await page.goto("/dashboard/payments/pay_0000000000aaaaaaaaaaaaaaaa"))?.status()).toBe(404);
});

test("the owner generates a key pair, signs with it, and revokes it", async ({ page }) => {
  const payment = await createPayment(merchant.base);
  await signIn(page, OWNER.email, OWNER.password);
  await dashboardNav(page).getByRole("link", { name: "API keys" }).click();
  await expect(page).toHaveURL(/\/dashboard\/keys$/);
  await expectAccessible(page);

  await page.getByLabel("Public key (PEM)").fill("ssh-rsa AAAAB3NzaC1yc2E");
  await page.getByRole("button", { name: "Register public key" }).click();
  await expect(page.getByText(/^Public key \(PEM\): paste exactly one PEM public key/)).toBeVisible();
  await expect(page.getByLabel("Public key (PEM)")).toHaveAttribute("aria-invalid", "true");

  await page.getByRole("button", { name: "Generate key pair" }).click();
  await expect(page.getByTestId("generated-key")).toContainText("Save this private key now.");
  const keyId = (await page.getByTestId("generated-key-id").textContent()) ?? "";
  expect(keyId).toMatch(/^key_/);
  const privateKeyPem = await page.getByTestId("generated-private-key").inputValue();
  expect(privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
  await expect(page.getByTestId(`key-row-${keyId}`).getByTestId("key-status")).toHaveText("Active");
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/keys-generated.png`, fullPage: true });

  const path = `/api/v1/payments/${payment.orderId}`;
  expect(await signedGet(path, keyId, privateKeyPem)).toBe(200);
  // The private key was shown once: a reload does not bring it back.
  await page.reload();
  await expect(page.getByTestId("generated-private-key")).toHaveCount(0);

  await page.getByRole("link", { name: `Revoke ${keyId}…` }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/keys/${keyId}/revoke$`));
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/revoke-confirm.png`, fullPage: true });
  await page.getByTestId("confirm-revoke").click();
  await expect(page).toHaveURL(/\/dashboard\/keys\?notice=revoked/);
  await expect(page.getByTestId("keys-notice")).toContainText(`${keyId} is revoked`);
  await expect(page.getByTestId(`key-row-${keyId}`).getByTestId("key-status")).toHaveText("Revoked");
  await expect(page.getByRole("link", { name: `Revoke ${keyId}…` })).toHaveCount(0);
  await expectAccessible(page);

  // Revoked at once; the demo key the other journeys sign with still works.
  expect(await signedGet(path, keyId, privateKeyPem)).toBe(401);
  expect((await merchantApi("GET", path)).status).toBe(200);
});

test("an operator without payments.view is told which permission is missing", async ({ page }) => {
  const { databaseUrl, merchant: demo } = readE2eState();
  const email = `operator-${randomBytes(4).toString("hex")}@paylane.local`;
  const password = "operator-password";
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const userId = `usr_e2e${randomBytes(8).toString("hex")}`;
    const passwordHash = await hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
    await db.query(
      `INSERT INTO users (id, email, "passwordHash", role, "emailVerifiedAt", locale, "updatedAt")
       VALUES ($1, $2, $3, 'MERCHANT_OPERATOR', now(), 'en', now())`,
      [userId, email, passwordHash],
    );
    await db.query(
      `INSERT INTO merchant_members (id, "merchantId", "userId", role, permissions)
       VALUES ($1, $2, $3, 'OPERATOR', ARRAY['refunds.create'])`,
      [`mem_e2e${randomBytes(8).toString("hex")}`, demo.merchantId, userId],
    );
  } finally {
    await db.end();
  }

  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId("merchant-id")).toHaveText(demo.merchantId);
  await expect(page.getByTestId("pending-balance")).toHaveCount(0);
  await expect(page.getByTestId("permission-refusal")).toContainText("View payments and statements");
  await expect(dashboardNav(page).getByRole("link")).toHaveText(["Overview"]);
  await expectAccessible(page);

  for (const path of ["/dashboard/payments", "/dashboard/notifications", "/dashboard/keys"]) {
    await page.goto(path);
    await expect(page.getByTestId("permission-refusal")).toContainText(/payments\.view|keys\.manage/);
  }
  await expectAccessible(page);
});

test("the dashboard works on a phone, in Chinese", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, OWNER.email, OWNER.password);
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(dashboardNav(page).getByRole("link", { name: "交易" })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/overview-phone-zh.png`, fullPage: true });

  await dashboardNav(page).getByRole("link", { name: "交易" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "交易" })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/payments-phone-zh.png`, fullPage: true });

  // The first payment on the list (the other journeys made some), as a phone shows its detail.
  const first = page.getByTestId("payments-table").getByRole("link").first();
  if ((await first.count()) > 0) {
    await first.click();
    await expect(page.getByRole("heading", { level: 2, name: "支付尝试" })).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: `${SHOTS}/payment-detail-phone-zh.png`, fullPage: true });
  }

  await dashboardNav(page).getByRole("link", { name: "API 密钥" }).click();
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/keys-phone-zh.png`, fullPage: true });
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
