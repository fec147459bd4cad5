import { openPayForm } from "@/lib/banks/testing/shopper";
import type { PaymentRedirect } from "@/lib/banks/types";
import { cpuSnapshot } from "../support/cpu";
import {
  APPROVED_CARD,
  getCheckoutPage,
  getHandOffPage,
  returnToGateway,
  submitBankChoice,
} from "../support/http-shopper";
import { BENCH_APP_URL } from "../support/ports";
import { signedCreate, type MerchantCredentials } from "../support/signed-request";
import type { BenchStack } from "../support/stack";

// What each step of a payment costs the app process (`next start`, Next.js and React included), one
// request at a time so that each step's CPU is its own: set beside the in-process query profile (the
// same steps without Next.js) it says how much is framework and rendering, and how much is the
// gateway's own work. Each step runs for a batch of payments between two CPU readings of the app.

export type EndpointCost = {
  step: string;
  requests: number;
  appCpuMsPerRequest: number;
  wallMsPerRequest: number;
};

type Payment = {
  orderId: string;
  checkoutUrl: string;
  bank: string;
  html?: string;
  target?: URL;
  redirect?: PaymentRedirect;
};

export async function measureEndpointCosts(
  stack: BenchStack,
  merchants: readonly MerchantCredentials[],
  count: number,
): Promise<EndpointCost[]> {
  const costs: EndpointCost[] = [];
  const step = async (name: string, items: readonly Payment[], work: (p: Payment) => Promise<void>) => {
    const before = cpuSnapshot(stack.pids());
    const started = performance.now();
    for (const item of items) await work(item);
    const appMs = cpuSnapshot(stack.pids()).app - before.app;
    const round = (v: number) => Math.round(v * 10) / 10;
    costs.push({
      step: name,
      requests: items.length,
      appCpuMsPerRequest: round(appMs / Math.max(1, items.length)),
      wallMsPerRequest: round((performance.now() - started) / Math.max(1, items.length)),
    });
  };
  const banks = ["icmb", "ccmb", "mcmb"];
  const payments: Payment[] = [];
  await step("POST /api/v1/payments (signed create)", Array.from({ length: count }), async () => {
    const merchant = merchants[payments.length % merchants.length];
    if (!merchant) throw new Error("no merchants");
    const request = signedCreate(merchant, stack.sink.base, "cost");
    const response = await fetch(`${BENCH_APP_URL}${request.path}`, {
      method: "POST",
      headers: request.headers,
      body: request.body,
    });
    const body: unknown = await response.json();
    const checkoutUrl = typeof body === "object" && body ? Reflect.get(body, "checkoutUrl") : null;
    if (response.status !== 201 || typeof checkoutUrl !== "string")
      throw new Error(`create: ${response.status}`);
    payments.push({
      orderId: request.orderId,
      checkoutUrl,
      bank: banks[payments.length % banks.length] ?? "icmb",
    });
  });
  await step("GET /pay/<token> (checkout page)", payments, async (p) => {
    p.html = await getCheckoutPage(p.checkoutUrl);
  });
  await step("POST /pay/<token> (choose bank, server action)", payments, async (p) => {
    p.target = await submitBankChoice(p.checkoutUrl, p.html ?? "", p.bank);
    if (p.target.origin !== new URL(p.checkoutUrl).origin)
      p.redirect = { method: "GET", url: p.target.toString() };
  });
  const handOff = payments.filter((p) => !p.redirect);
  await step("GET /pay/<token>/bank/<attempt> (hand-off page)", handOff, async (p) => {
    if (p.target) p.redirect = await getHandOffPage(p.target);
  });
  // The bank's notification, the shopper's return and the notification's delivery, until the
  // merchant has it: what the app does once the bank has decided.
  await step("bank notification + return + delivery (per payment)", payments, async (p) => {
    if (!p.redirect) throw new Error("no bank redirect");
    const notified = stack.sink.succeededFor(p.orderId);
    const outcome = await (
      await openPayForm(p.redirect)
    ).submit(APPROVED_CARD.number, APPROVED_CARD.password);
    await returnToGateway(outcome);
    await notified;
  });
  return costs;
}
