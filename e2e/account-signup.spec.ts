import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { linkIn, waitForMail } from "./support/mailbox";
import { E2E_APP_URL } from "./support/ports";

test("a new user signs up, verifies the email from the mail, signs in and sees an empty wallet", async ({
  page,
}) => {
  const email = `e2e-${Date.now()}@example.com`;
  const password = "correct horse battery";

  await page.goto("/signup");
  await expectAccessible(page);
  await page.getByLabel(/^(Email|邮箱)$/).fill(email);
  await page.getByLabel(/^(Password|密码)$/).fill(password);
  await page.getByRole("button", { name: /Create account|创建账户/ }).click();
  await expect(page).toHaveURL(/\/signup\/check-email/);
  await expect(page.getByText(email)).toBeVisible();
  await expectAccessible(page);

  // Signing in before verifying is refused with a clear message.
  await page.goto("/signin");
  await page.getByLabel(/^(Email|邮箱)$/).fill(email);
  await page.getByLabel(/^(Password|密码)$/).fill(password);
  await page.getByRole("button", { name: /^(Sign in|登录)$/ }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText(/verify|验证/i);

  const mail = await waitForMail(email, /verify|验证/i);
  await page.goto(linkIn(mail, `${E2E_APP_URL}/verify-email`));
  await expectAccessible(page);
  await page.getByRole("button", { name: /Verify my email|验证我的邮箱/ }).click();
  await expect(page.locator("main").getByRole("status")).toContainText(/verified|已验证/);

  await page.goto("/signin");
  await expectAccessible(page);
  await page.getByLabel(/^(Email|邮箱)$/).fill(email);
  await page.getByLabel(/^(Password|密码)$/).fill(password);
  await page.getByRole("button", { name: /^(Sign in|登录)$/ }).click();
  await expect(page).toHaveURL(/\/wallet$/);
  await expect(page.getByTestId("wallet-balance")).toHaveText("¥0.00");
  await expect(page.getByText(/No movements yet|暂无收支记录/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: /^(Sign out|退出)$/ }).click();
  await expect(page.getByRole("link", { name: /^(Sign in|登录)$/ }).first()).toBeVisible();
  await page.goto("/wallet");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fwallet/);
});

test("a forgotten password is reset from the mailed link, and the old one stops working", async ({
  page,
}) => {
  const email = `reset-${Date.now()}@example.com`;
  await page.goto("/signup");
  await page.getByLabel(/^(Email|邮箱)$/).fill(email);
  await page.getByLabel(/^(Password|密码)$/).fill("first password");
  await page.getByRole("button", { name: /Create account|创建账户/ }).click();
  await expect(page).toHaveURL(/\/signup\/check-email/);

  await page.goto("/forgot-password");
  await page.getByLabel(/^(Email|邮箱)$/).fill(email);
  await page.getByRole("button", { name: /Send reset link|发送重置链接/ }).click();
  await expect(page.locator("main").getByRole("status")).toBeVisible();
  await expectAccessible(page);

  const mail = await waitForMail(email, /reset|重置/i);
  await page.goto(linkIn(mail, `${E2E_APP_URL}/reset-password`));
  await page.getByLabel(/New password|新密码/).fill("second password");
  await page.getByRole("button", { name: /Set new password|保存新密码/ }).click();
  await expect(page.locator("main").getByRole("status")).toContainText(/password was changed|密码已修改/);

  await page.goto("/signin");
  await page.getByLabel(/^(Email|邮箱)$/).fill(email);
  await page.getByLabel(/^(Password|密码)$/).fill("first password");
  await page.getByRole("button", { name: /^(Sign in|登录)$/ }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText(
    /Wrong email or password|邮箱或密码错误/,
  );
  // Following the reset link proved the address, so the account is verified too.
  await page.getByLabel(/^(Password|密码)$/).fill("second password");
  await page.getByRole("button", { name: /^(Sign in|登录)$/ }).click();
  await expect(page).toHaveURL(/\/wallet$/);
});
