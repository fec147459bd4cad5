import { createSign, generateKeyPairSync, randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { chooseBank, payAtBank } from "./support/checkout";
import { linkIn, waitForMail } from "./support/mailbox";
import { E2E_APP_URL } from "./support/ports";
import { signIn } from "./support/sign-in";

const REVIEWER = { email: "reviewer@paylane.local", password: "paylane-review" };
const ADMIN = { email: "admin@paylane.local", password: "paylane-admin" };

/** A signed GET to the merchant API as `merchantId` with the given key; returns the HTTP status. */
async function signedStatus(path: string, merchantId: string, keyId: string, privateKeyPem: string) {
  const timestamp = Math.floor(Date.now() / 1000).toString();
  const nonce = randomBytes(16).toString("hex");
  const canonical = ["GET", path, timestamp, nonce, "", ""].join("\n");
  const signature = createSign("sha256").update(canonical).sign(privateKeyPem, "base64");
  const auth = `PAYLANE-RSA-SHA256 merchant_id="${merchantId}",key_id="${keyId}",timestamp="${timestamp}",nonce="${nonce}",signature="${signature}"`;
  return (await fetch(`${E2E_APP_URL}${path}`, { headers: { authorization: auth } })).status;
}

async function staffPage(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who.email, who.password);
  return page;
}

test("sign up → verify → apply → a reviewer approves → mail → key → the test payment succeeds", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const company = `Tea Garden ${stamp}`;
  const email = `owner-${stamp}@example.com`;
  const password = "correct horse battery";

  // 1. Enterprise sign-up, verified by mail.
  await page.goto("/signup/merchant");
  await page.getByLabel(/^(Company name|企业名称|公司名称)/).fill(company);
  await page.getByLabel(/^(Contact person|联系人)/).fill("Zhang Wei");
  await page.getByLabel(/^(Phone|电话|手机)/).fill("+86 138 0013 8000");
  await page.getByLabel(/^(Website address|网站地址)/).fill("https://tea.example");
  await page.getByLabel(/^(Owner's email|所有者邮箱|邮箱)/).fill(email);
  await page.getByLabel(/^(Password|密码)$/).fill(password);
  await page.getByRole("button", { name: /Create merchant account|创建商户账户/ }).click();
  await expect(page).toHaveURL(/\/signup\/check-email/);
  const verify = await waitForMail(email, /verify|验证/i);
  await page.goto(linkIn(verify, `${E2E_APP_URL}/verify-email`));
  await page.getByRole("button", { name: /Verify my email|验证我的邮箱/ }).click();
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/dashboard$/);
  const merchantId = (await page.getByTestId("merchant-id").textContent())?.trim() ?? "";
  expect(merchantId).toMatch(/^mch_/);

  // 2. The self-service application: site name and address pre-filled from the sign-up.
  await page.getByRole("link", { name: /Go to the application|前往申请/ }).click();
  await expect(page).toHaveURL(/\/dashboard\/application$/);
  await expect(page.getByLabel(/^(Website name|网站名称)/)).toHaveValue(company);
  await expect(page.getByLabel(/^(Website address|网站地址)/)).toHaveValue("https://tea.example");
  await page
    .getByLabel(/^(Business description|业务描述)/)
    .fill("Loose-leaf tea sold online, shipped across China.");
  await page.getByLabel(/I have read and agree|我已阅读并同意/).check();
  await expectAccessible(page);
  await page.screenshot({ path: "/tmp/onboarding-application-form.png", fullPage: true });
  await page.getByRole("button", { name: /Agree to the agreement and activate|同意协议并开通/ }).click();
  const notice = page.getByRole("dialog");
  await expect(notice).toContainText(/cannot withdraw funds|关闭您账户的出款/);
  await page.screenshot({ path: "/tmp/onboarding-risk-notice.png" });
  await notice.getByRole("button", { name: /I understand, submit|我已知晓/ }).click();
  await expect(page).toHaveURL(/notice=submitted/);
  await expect(page.getByTestId("application-status")).toHaveText(/Waiting for review|等待审核/);

  // The merchant's own key pair, registered in the dashboard after approval.
  const keys = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const publicKeyPem = keys.publicKey.export({ type: "spki", format: "pem" }).toString();
  const privateKeyPem = keys.privateKey.export({ type: "pkcs8", format: "pem" }).toString();

  // 3. A reviewer finds it in the queue, claims it and approves both products.
  const reviewer = await staffPage(browser, REVIEWER);
  await reviewer.goto(`/admin/applications?q=${encodeURIComponent(company)}`);
  await expect(reviewer.getByTestId("application-queue")).toContainText(company);
  await expectAccessible(reviewer);
  await reviewer.screenshot({ path: "/tmp/onboarding-review-queue.png", fullPage: true });
  await reviewer.getByRole("link", { name: company }).click();
  await reviewer.getByRole("button", { name: /Start reviewing|开始审核/ }).click();
  await expect(
    reviewer.getByRole("status").filter({ hasText: /You are reviewing|您已开始审核/ }),
  ).toBeVisible();
  await expectAccessible(reviewer);
  await reviewer.screenshot({ path: "/tmp/onboarding-review-detail.png", fullPage: true });
  await reviewer.getByRole("button", { name: /^(Approve|通过)$/ }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: /Approved|已通过/ })).toBeVisible();

  // 4. The merchant receives the decision by mail and sees its products.
  const approval = await waitForMail(email, /approved|已通过/i);
  expect(approval.text).toMatch(/withdrawals stay closed|暂不能提现/);
  await page.goto("/dashboard");
  await expect(page.getByTestId("enabled-products")).toContainText(/RMB payment|人民币支付/);

  // 5. Registers a key; the API now answers for this merchant.
  await page.goto("/dashboard/keys");
  await page
    .getByLabel(/Public key|公钥/)
    .first()
    .fill(publicKeyPem);
  await page.getByRole("button", { name: /Register public key|注册公钥/ }).click();
  const registered = page.getByRole("status").filter({ hasText: /key_/ });
  await expect(registered).toBeVisible();
  const keyId = /key_[0-9a-z]{26}/.exec((await registered.textContent()) ?? "")?.[0] ?? "";
  expect(await signedStatus("/api/v1/balance", merchantId, keyId, privateKeyPem)).toBe(200);

  // 6. The ¥0.01 test payment goes through the real checkout with a test card.
  await page.goto("/dashboard");
  await page.getByRole("button", { name: /test payment|测试支付/ }).click();
  await expect(page).toHaveURL(/\/pay\//);
  await expect(page.getByTestId("checkout-amount")).toHaveText("¥0.01");
  await chooseBank(page, "icmb");
  await payAtBank(page, "6222020000000001");
  await expect(page).toHaveURL(/\/dashboard\/test-payment\?orderId=/);
  await expect(page.getByTestId("test-payment-result")).toContainText(/succeeded|成功/);

  // 7. The admin sees the decision in the audit log.
  const admin = await staffPage(browser, ADMIN);
  await admin.goto(`/admin/audit?merchant=${merchantId}`);
  await expect(admin.getByTestId("audit-log")).toContainText("application.approved");
  await expect(admin.getByTestId("audit-log")).toContainText(REVIEWER.email);
  await expectAccessible(admin);
  await admin.screenshot({ path: "/tmp/onboarding-audit-log.png", fullPage: true });
});

test("the merchant cancels an application nobody has picked up, and edits one sent back", async ({
  page,
  browser,
}) => {
  // The demo applicant's application waits in the queue; the reviewer asks for changes.
  await signIn(page, "applicant@paylane.local", "paylane-applicant");
  await page.goto("/dashboard/application");
  const status = page.getByTestId("application-status");
  await expect(status).toBeVisible();
  if (!/Changes requested|需修改/.test((await status.textContent()) ?? "")) {
    const reviewer = await staffPage(browser, REVIEWER);
    await reviewer.goto("/admin/applications?q=Lantern");
    await reviewer.getByRole("link", { name: "Lantern Books" }).first().click();
    await reviewer.getByRole("button", { name: /Start reviewing|开始审核/ }).click();
    await reviewer.getByLabel(/^(Message|说明)/).fill("Please show prices on the site.");
    await reviewer.getByRole("button", { name: /^(Request changes|要求修改)$/ }).click();
    await expect(
      reviewer.getByRole("status").filter({ hasText: /Changes requested|已要求修改/ }),
    ).toBeVisible();
    await page.reload();
  }
  await expect(status).toHaveText(/Changes requested|需修改/);
  await expect(page.getByTestId("application-note")).toContainText("prices");
  await page.getByLabel(/^(Website name|网站名称)/).fill("Lantern Books Online");
  await page.getByLabel(/I have read and agree|我已阅读并同意/).check();
  await page.getByRole("button", { name: /Agree to the agreement and activate|同意协议并开通/ }).click();
  await page
    .getByRole("dialog")
    .getByRole("button", { name: /I understand, submit|我已知晓/ })
    .click();
  await expect(status).toHaveText(/Waiting for review|等待审核/);
  await page.getByRole("button", { name: /Cancel the application|取消申请/ }).click();
  await expect(page).toHaveURL(/notice=cancelled/);
  await expect(status).toHaveText(/Cancelled|已取消/);
});

test("merchants cannot open the console; reviewers cannot open admin pages", async ({ page, browser }) => {
  await signIn(page, "merchant@paylane.local", "paylane-merchant");
  const response = await page.goto("/admin/applications");
  expect(response?.status()).toBe(403);
  const reviewer = await staffPage(browser, REVIEWER);
  for (const path of ["/admin/audit", "/admin/reviewers", "/admin/merchants"]) {
    expect((await reviewer.goto(path))?.status(), path).toBe(403);
  }
  expect((await reviewer.goto("/admin/applications"))?.status()).toBe(200);
});
