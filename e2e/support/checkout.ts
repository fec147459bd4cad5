import { expect, type Page } from "@playwright/test";

export const BANK_NAMES = {
  icmb: /Industrial & Commerce Mock Bank|工商模拟银行/,
  ccmb: /Construction & Civic Mock Bank|建设模拟银行/,
  mcmb: /Merchants Union Mock Bank|招商模拟银行/,
} as const;

const CONTINUE = /Continue to the bank|前往银行付款/;

/**
 * On the hosted checkout: pick a bank and go to its online-banking page. Banks taken by POST pass through
 * a hand-off page, which submits itself, or waits for the shopper's click when JavaScript is off.
 */
export async function chooseBank(page: Page, bank: keyof typeof BANK_NAMES): Promise<void> {
  await page.getByLabel(BANK_NAMES[bank]).check();
  await page.getByRole("button", { name: CONTINUE }).click();
  const cardField = page.getByLabel(/Card number/);
  await expect(
    cardField.or(page.getByRole("heading", { name: /Taking you to your bank|正在前往银行/ })),
  ).toBeVisible();
  if (!(await cardField.isVisible())) {
    // Without JavaScript the shopper clicks; with it the page may submit itself at any moment, even
    // while the click waits for the button, which then never comes back: the bank's page decides.
    await page
      .getByRole("button", { name: CONTINUE })
      .click({ timeout: 3_000 })
      .catch(() => undefined);
  }
  await expect(cardField).toBeVisible();
}

/** On the bank's decline page: go back to the checkout. */
export async function backFromBank(page: Page): Promise<void> {
  await page
    .getByRole("link", { name: /Go back and try again/ })
    .or(page.getByRole("button", { name: /Go back and try again/ }))
    .click();
}

/** A method section of the checkout (a native disclosure). */
export async function openMethod(page: Page, name: RegExp): Promise<void> {
  await page.locator("summary", { hasText: name }).click();
}

/** The page's own error message (Next.js's route announcer is an empty alert too). */
export function pageAlert(page: Page) {
  return page.locator("main").getByRole("alert");
}

/** On the bank's own page: type the card and password and pay. */
export async function payAtBank(page: Page, card: string, password = "123456"): Promise<void> {
  await page.getByLabel(/Card number/).fill(card);
  await page.getByLabel(/Password/).fill(password);
  await page.getByRole("button", { name: /Pay/ }).click();
}
