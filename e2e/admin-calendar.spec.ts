import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { signIn } from "./support/sign-in";

test("an admin records a public holiday, is told why a wrong day is refused, and removes it", async ({
  page,
}) => {
  await signIn(page, "admin@paylane.local", "paylane-admin");
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Calendar" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Business calendar" })).toBeVisible();

  // Thursday 1 October 2099 as a holiday.
  await page.getByLabel("Day").fill("2099-10-01");
  await page.getByLabel("Kind").selectOption("HOLIDAY");
  await page.getByLabel("Name").fill("National Day");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("notice")).toContainText("Saved");
  const row = page.getByTestId("calendar-day").filter({ hasText: "2099-10-01" });
  await expect(row).toContainText("Public holiday (no settlement)");
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/admin-calendar/calendar.png", fullPage: true });

  // A weekday cannot be a make-up working day: refused, nothing added.
  await page.getByLabel("Day").fill("2099-10-02");
  await page.getByLabel("Kind").selectOption("WORKDAY");
  await page.getByLabel("Name").fill("Wrong");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("notice")).toContainText("a make-up working day a weekend day");
  await expect(page.getByTestId("calendar-day").filter({ hasText: "2099-10-02" })).toHaveCount(0);

  await page.getByRole("button", { name: "Remove 2099-10-01" }).click();
  await expect(page.getByTestId("notice")).toContainText("Removed");
  await expect(row).toHaveCount(0);
});

test("a reviewer cannot open the calendar", async ({ page }) => {
  await signIn(page, "reviewer@paylane.local", "paylane-review");
  expect((await page.goto("/admin/calendar"))?.status()).toBe(403);
});
