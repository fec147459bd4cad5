import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { E2E } from "./support/ports";
import { signIn } from "./support/sign-in";

// The mock banks start in profile order from the e2e port base: icmb is the first.
const ICMB_URL = `http://127.0.0.1:${E2E.bankPortBase}`;
const shanghaiToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

test("an admin reconciles a bank's day, finds the injected mismatch and resolves it", async ({ page }) => {
  const day = shanghaiToday();
  const phantom = `att_e2e${Date.now()}`;
  // The bank is told to report a payment the gateway never heard of.
  const injected = await fetch(`${ICMB_URL}/test/settlement-faults`, {
    method: "POST",
    body: JSON.stringify({
      date: day,
      faults: [{ kind: "add_line", reference: phantom, type: "payment", amount: "8888" }],
    }),
  });
  expect(injected.status).toBe(200);

  await signIn(page, "admin@paylane.local", "paylane-admin");
  await page.goto("/admin/reconciliation");
  await expectAccessible(page);
  await page.locator("#day-icmb").fill(day);
  await page
    .locator("form", { has: page.locator("#day-icmb") })
    .getByRole("button", { name: /^(Reconcile now|立即对账)/ })
    .click();
  await expect(page.getByTestId("notice")).toHaveText(/reconciled|对账完成/);
  await expect(page.getByTestId("reconciliation-runs")).toContainText(day);

  await page.goto("/admin/exceptions?bank=icmb");
  await expect(page.getByTestId(`case-status-${phantom}`)).toHaveText(/Open|待处理/);
  await expectAccessible(page);
  await page.screenshot({ path: ".data/screenshots/reconciliation-queue.png", fullPage: true });

  await page
    .getByRole("row", { name: new RegExp(phantom) })
    .getByRole("link")
    .click();
  await expect(page.getByTestId("evidence")).toContainText("¥88.88");
  await expectAccessible(page);
  await page.getByLabel(/Accept without moving money|确认不调账/).check();
  await page.getByLabel(/^(Note|备注)$/).fill("Bank's own test line; confirmed by phone.");
  await page.getByRole("button", { name: /^(Resolve|处理)$/ }).click();
  await expect(page.getByTestId("notice")).toHaveText(/resolved|已处理/);
  await expect(page.getByTestId("case-status")).toHaveText(/Resolved|已处理/);
  await expect(page.getByTestId("audit-log")).toContainText("exception.accept");
  await page.screenshot({ path: ".data/screenshots/reconciliation-case.png", fullPage: true });

  await page.goto("/admin/exceptions?status=all&bank=icmb");
  await expect(page.getByTestId(`case-status-${phantom}`)).toHaveText(/Resolved|已处理/);
  await page.screenshot({ path: ".data/screenshots/reconciliation-resolved.png", fullPage: true });
});

test("a reviewer sees the queue but cannot reconcile or resolve", async ({ page }) => {
  await signIn(page, "reviewer@paylane.local", "paylane-review");
  await page.goto("/admin/reconciliation");
  await expect(page.getByRole("button", { name: /^(Reconcile now|立即对账)/ })).toHaveCount(0);
  expect((await page.goto("/admin/exceptions"))?.status()).toBe(200);
});
