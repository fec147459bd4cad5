import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { linkIn, waitForMail } from "./support/mailbox";
import { E2E_APP_URL } from "./support/ports";
import { signIn } from "./support/sign-in";

test("the owner invites an operator who sees and does only what was granted", async ({ page, browser }) => {
  const email = `operator-${Date.now()}@example.com`;
  await signIn(page, "merchant@paylane.local", "paylane-merchant");
  await page.goto("/dashboard/team");
  await expectAccessible(page);
  const invite = page.locator("form").filter({ hasText: /Send invitation|发送邀请/ });
  await invite.getByLabel(/^(Email|邮箱)$/).fill(email);
  await invite.getByLabel(/View payments|查看交易/).check();
  await invite.getByRole("button", { name: /Send invitation|发送邀请/ }).click();
  await expect(page.getByTestId("notice")).toHaveText(/Invitation sent|邀请已发送/);
  await page.screenshot({ path: "/tmp/team.png", fullPage: true });

  const mail = await waitForMail(email, /invited|受邀/i);
  const operator = await (await browser.newContext()).newPage();
  await operator.goto(linkIn(mail, `${E2E_APP_URL}/reset-password`));
  await operator.getByLabel(/New password|新密码/).fill("operator password 1");
  await operator.getByRole("button", { name: /Set new password|保存新密码/ }).click();
  await signIn(operator, email, "operator password 1");
  await operator.goto("/dashboard");
  const nav = operator.getByRole("navigation", { name: /^(Dashboard|商户后台)$/ });
  await expect(nav.getByRole("link", { name: /^(Payments|交易)$/ })).toBeVisible();
  await expect(nav.getByRole("link", { name: /^(Withdrawals|提现)$/ })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: /^(Team|团队)$/ })).toHaveCount(0);
  await operator.goto("/dashboard/withdrawals");
  await expect(operator.getByText(/withdrawals.create|提现/).first()).toBeVisible();
  await operator.goto("/dashboard/team");
  await expect(operator.getByRole("button", { name: /Send invitation|发送邀请/ })).toHaveCount(0);

  // Suspended, the operator is no longer a member of anything.
  const row = page.getByTestId("team-member").filter({ hasText: email });
  await row.getByRole("button", { name: /^(Suspend|停用)$/ }).click();
  await expect(page.getByTestId("notice")).toHaveText(/suspended|已停用/);
  await operator.goto("/dashboard/payments");
  await expect(operator.getByRole("link", { name: /^(Payments|交易)$/ })).toHaveCount(0);
});

test("withdrawals stay closed until an admin records the agreement, then respect the balance", async ({
  page,
  browser,
}) => {
  await signIn(page, "applicant@paylane.local", "paylane-applicant");
  await page.goto("/dashboard/withdrawals");
  await expect(page.getByText(/stay closed until the formal agreement|正式签订协议前/)).toBeVisible();
  const add = page.locator("form").filter({ hasText: /Add account|添加账户/ });
  await add.getByLabel(/Account name|户名/).fill("Lantern Books Ltd");
  await add.getByLabel(/Account number|账号/).fill("6222 0200 0000 0001");
  await add.getByRole("button", { name: /Add account|添加账户/ }).click();
  await expect(page.getByTestId("notice")).toHaveText(/Bank account added|已添加银行账户/);
  await page.getByLabel(/^(Amount|金额)/).fill("10.00");
  await page.getByRole("button", { name: /^(Withdraw|提现)$/ }).click();
  await expect(page.getByTestId("notice")).toHaveText(/formal agreement|正式协议/);
  await expectAccessible(page);

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin@paylane.local", "paylane-admin");
  await admin.goto("/admin/merchants?q=Lantern");
  await expectAccessible(admin);
  await admin
    .getByRole("button", { name: /Mark agreement signed: Lantern Books|标记协议已签订: Lantern Books/ })
    .click();
  await expect(admin.getByTestId("notice")).toHaveText(/Agreement recorded|已记录协议/);

  await page.getByLabel(/^(Amount|金额)/).fill("10.00");
  await page.getByRole("button", { name: /^(Withdraw|提现)$/ }).click();
  await expect(page.getByTestId("notice")).toHaveText(/more than the available balance|超过可用余额/);
  await expect(page.getByText(/stay closed until the formal agreement|正式签订协议前/)).toHaveCount(0);
  await page.screenshot({ path: "/tmp/withdrawals.png", fullPage: true });
});
