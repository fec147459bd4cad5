import { openPayForm, unescapeHtml, type ShopperOutcome } from "@/lib/banks/testing/shopper";
import type { PaymentRedirect } from "@/lib/banks/types";

// A shopper without a browser (and without JavaScript, which the checkout supports): every step is the
// HTTP request a browser would make, so the gateway does exactly the work a real payment costs it,
// page rendering included. Each step's wall time is reported to `stage` for the per-stage profile.

export type StageClock = (stage: string, ms: number) => void;

/** The shopper's steps, in order (the names their timings are reported under). */
export const SHOPPER_STAGES = [
  "checkout page",
  "choose bank (server action)",
  "bank hand-off page",
  "bank page",
  "bank decides",
  "return to gateway",
] as const;

export const APPROVED_CARD = { number: "6222020000000001", password: "123456" } as const;

const BROWSER_HEADERS = { "accept-language": "en", accept: "text/html" };

async function timed<T>(stage: StageClock, name: string, step: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await step();
  stage(name, performance.now() - started);
  return result;
}

function formFields(formHtml: string): [string, string][] {
  const fields: [string, string][] = [];
  for (const input of formHtml.matchAll(/<input\b[^>]*>/g)) {
    const tag = input[0];
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    const type = /\btype="([^"]*)"/.exec(tag)?.[1];
    if (name === undefined || (type !== "hidden" && type !== undefined)) continue;
    fields.push([unescapeHtml(name), unescapeHtml(/\bvalue="([^"]*)"/.exec(tag)?.[1] ?? "")]);
  }
  return fields;
}

/** The checkout's bank-card form (the one with the bank radios): its hidden server-action fields. */
function bankCardForm(html: string): [string, string][] {
  for (const form of html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)) {
    const body = form[1] ?? "";
    if (body.includes('name="bank"')) return formFields(body);
  }
  throw new Error("the checkout page has no bank-card form");
}

function redirectTarget(response: Response, stage: string): string {
  const location = response.headers.get("location");
  if (response.status < 300 || response.status > 399 || !location) {
    throw new Error(`${stage}: expected a redirect, got ${response.status}`);
  }
  return location;
}

/** GET /pay/<token>, as a browser: the checkout page's HTML. */
export async function getCheckoutPage(checkoutUrl: string): Promise<string> {
  const page = await fetch(checkoutUrl, { headers: BROWSER_HEADERS });
  if (page.status !== 200) throw new Error(`checkout page answered ${page.status}`);
  return page.text();
}

/** Submits the page's bank-card form (the server action, without JavaScript): where it redirects. */
export async function submitBankChoice(checkoutUrl: string, html: string, bankCode: string): Promise<URL> {
  const form = new FormData();
  for (const [name, value] of bankCardForm(html)) form.append(name, value);
  form.append("bank", bankCode);
  form.append("email", "");
  const response = await fetch(checkoutUrl, {
    method: "POST",
    body: form,
    redirect: "manual",
    headers: BROWSER_HEADERS,
  });
  await response.arrayBuffer();
  return new URL(redirectTarget(response, "choose bank"), checkoutUrl);
}

/** The gateway's hand-off page for banks that take the shopper by POST: the form to the bank. */
export async function getHandOffPage(target: URL): Promise<PaymentRedirect> {
  const page = await fetch(target, { headers: BROWSER_HEADERS });
  const pageHtml = await page.text();
  const action = /<form\b[^>]*\baction="([^"]*)"/.exec(pageHtml)?.[1];
  if (page.status !== 200 || !action) throw new Error(`bank hand-off page answered ${page.status}`);
  return { method: "POST", url: unescapeHtml(action), fields: Object.fromEntries(formFields(pageHtml)) };
}

/** The shopper's browser back at the gateway's return route; it must send them on to the merchant. */
export async function returnToGateway(outcome: ShopperOutcome): Promise<void> {
  if (outcome.kind !== "return") throw new Error("the bank kept the shopper (no return)");
  const response =
    outcome.method === "GET"
      ? await fetch(outcome.url, { redirect: "manual", headers: BROWSER_HEADERS })
      : await fetch(outcome.url, {
          method: "POST",
          body: new URLSearchParams(outcome.params),
          redirect: "manual",
          headers: BROWSER_HEADERS,
        });
  await response.arrayBuffer();
  const location = redirectTarget(response, "return to gateway");
  if (!location.includes("/orders/")) throw new Error(`the return did not reach the merchant: ${location}`);
}

/**
 * Pays a payment by bank card with the approved test card, start to finish as the shopper sees it:
 * checkout page → choose bank → (hand-off page) → bank page → card and password → back to the
 * gateway's return route, which answers with the redirect to the merchant's returnUrl. The bank also
 * notifies the gateway server to server; whichever arrives first completes the payment.
 */
export async function payThroughCheckout(
  checkoutUrl: string,
  bankCode: string,
  stage: StageClock,
): Promise<void> {
  const html = await timed(stage, "checkout page", () => getCheckoutPage(checkoutUrl));
  const target = await timed(stage, "choose bank (server action)", () =>
    submitBankChoice(checkoutUrl, html, bankCode),
  );
  const redirect: PaymentRedirect =
    target.origin !== new URL(checkoutUrl).origin
      ? { method: "GET", url: target.toString() }
      : await timed(stage, "bank hand-off page", () => getHandOffPage(target));
  const form = await timed(stage, "bank page", () => openPayForm(redirect));
  const outcome = await timed(stage, "bank decides", () =>
    form.submit(APPROVED_CARD.number, APPROVED_CARD.password),
  );
  await timed(stage, "return to gateway", () => returnToGateway(outcome));
}
