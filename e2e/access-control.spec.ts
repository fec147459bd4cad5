import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { signIn } from "./support/sign-in";

test("an anonymous visitor is sent to sign in, and comes back after", async ({ page }) => {
  for (const path of ["/wallet", "/dashboard", "/admin"]) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/signin\\?callbackUrl=${encodeURIComponent(path)}`));
  }
  await page.goto("/wallet");
  await page.getByLabel(/^(Email|邮箱)$/).fill("alice@paylane.local");
  await page.getByLabel(/^(Password|密码)$/).fill("paylane-alice");
  await page.getByRole("button", { name: /^(Sign in|登录)$/ }).click();
  await expect(page).toHaveURL(/\/wallet$/);
  await expect(page.getByTestId("wallet-balance")).toHaveText("¥1,000.00");
});

test("a wallet user cannot open the admin console or the merchant dashboard", async ({ page }) => {
  await signIn(page, "alice@paylane.local", "paylane-alice");
  for (const path of ["/admin", "/dashboard"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/cannot open this page|无法打开此页面/);
  }
  await expectAccessible(page);
});

test("a merchant owner sees the dashboard and is refused the admin console", async ({ page }) => {
  await signIn(page, "merchant@paylane.local", "paylane-merchant");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId("merchant-id")).toHaveText(/^mch_/);
  await expectAccessible(page);
  expect((await page.goto("/admin"))?.status()).toBe(403);
});

test("a reviewer opens the admin console and sees the ledger balanced", async ({ page }) => {
  await signIn(page, "reviewer@paylane.local", "paylane-review");
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByText(/All ledger invariants hold|账本所有不变式均成立/)).toBeVisible();
  await expectAccessible(page);
  expect((await page.goto("/wallet"))?.status()).toBe(403);
});

test("the landing page links to sign in, merchant sign-up and the API docs, in both languages", async ({
  page,
}) => {
  await page.goto("/");
  await expectAccessible(page);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("link", { name: "Open a merchant account" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Read the API docs" })).toBeVisible();
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.getByRole("link", { name: "开通商户账户" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.setViewportSize({ width: 375, height: 740 });
  await expectAccessible(page);
});

test("sign-in refuses to redirect off-site", async ({ page }) => {
  await page.goto("/signin?callbackUrl=https%3A%2F%2Fevil.example%2F");
  await page.getByLabel(/^(Email|邮箱)$/).fill("alice@paylane.local");
  await page.getByLabel(/^(Password|密码)$/).fill("paylane-alice");
  await page.getByRole("button", { name: /^(Sign in|登录)$/ }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/wallet$/);
});
