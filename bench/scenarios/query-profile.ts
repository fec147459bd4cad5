// Where one payment's database work goes, stage by stage: the gateway's own route handlers and verbs,
// run in this process (no Next.js around them) against the bench database and the mock banks, with
// every SQL round trip counted (support/query-log.ts). Payments run one at a time, so each stage's CPU
// and query count are its own. Import only after the bench database is configured (lib/env), and run
// it while the app is not running: this process's worker must deliver the notifications itself.
import http from "node:http";
import { db } from "@/lib/db";
import { openPayForm } from "@/lib/banks/testing/shopper";
import { startBankPayment } from "@/lib/bank-gateway/start-bank-payment";
import { enabledBanks } from "@/lib/bank-gateway/enabled-banks";
import { bankFormForAttempt } from "@/lib/checkout/bank-form-for-attempt";
import { getCheckout } from "@/lib/payments";
import { registerAllJobHandlers } from "@/lib/jobs/handlers";
import { runDueJobs } from "@/lib/jobs/run-due-jobs";
import { POST as createPaymentRoute } from "@/app/api/v1/payments/route";
import { POST as bankNotifyRoute } from "@/app/api/banks/[bank]/notify/route";
import { GET as returnGet, POST as returnPost } from "@/app/(checkout)/pay/bank/[bank]/return/route";
import { APPROVED_CARD } from "../support/http-shopper";
import { BENCH_APP_URL, BENCH_PORTS } from "../support/ports";
import { QueryProfile } from "../support/query-log";
import { signedCreate, type MerchantCredentials } from "../support/signed-request";
import type { MerchantSink } from "../support/merchant-sink";

const BANKS = ["icmb", "ccmb", "mcmb"] as const;

export type QueryProfileResult = ReturnType<QueryProfile["perRun"]>;

/** The gateway's bank notification endpoint, in this process, so that its work is profiled here. */
async function startNotifyEndpoint(
  profile: QueryProfile,
): Promise<{ handled: () => number; stop: () => Promise<void> }> {
  let handled = 0;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const bank = /^\/api\/banks\/([^/]+)\/notify/.exec(request.url ?? "")?.[1] ?? "";
      const url = `${BENCH_APP_URL}${request.url ?? ""}`;
      const init = {
        method: "POST",
        body: Buffer.concat(chunks),
        headers: { "content-type": String(request.headers["content-type"] ?? "") },
      };
      void profile
        .stage("bank notification (route)", () =>
          bankNotifyRoute(new Request(url, init), { params: Promise.resolve({ bank }) }),
        )
        .then(async (answer) => {
          response.writeHead(answer.status, {
            "content-type": answer.headers.get("content-type") ?? "text/plain",
          });
          response.end(await answer.text());
          handled++;
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(BENCH_PORTS.profileGateway, "127.0.0.1", resolve));
  return {
    handled: () => handled,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function waitFor(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`query profile: no ${what} within 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function onePayment(
  profile: QueryProfile,
  merchant: MerchantCredentials,
  sink: MerchantSink,
  bankCode: string,
  notifications: () => number,
): Promise<void> {
  const signed = signedCreate(merchant, sink.base, "qp");
  const created = await profile.stage("create (route)", () =>
    createPaymentRoute(
      new Request(`${BENCH_APP_URL}${signed.path}`, {
        method: "POST",
        headers: signed.headers,
        body: signed.body,
      }),
      { params: Promise.resolve({}) },
    ),
  );
  const payment: unknown = await created.json();
  const checkoutUrl = typeof payment === "object" && payment ? Reflect.get(payment, "checkoutUrl") : null;
  if (created.status !== 201 || typeof checkoutUrl !== "string") throw new Error(`create: ${created.status}`);
  const token = checkoutUrl.slice(checkoutUrl.lastIndexOf("/") + 1);
  await profile.stage("checkout page (data only)", async () => {
    await getCheckout(db, token);
    await enabledBanks(db);
  });
  const started = await profile.stage("choose bank (startBankPayment)", () =>
    startBankPayment(db, { checkoutToken: token, bankCode }),
  );
  if (started.redirect.method === "POST") {
    await profile.stage("bank hand-off page (data only)", () =>
      bankFormForAttempt(db, token, started.attemptId),
    );
  }
  const before = notifications();
  const outcome = await (
    await openPayForm(started.redirect)
  ).submit(APPROVED_CARD.number, APPROVED_CARD.password);
  if (outcome.kind !== "return") throw new Error("query profile: the bank kept the shopper");
  // The bank notifies at once; its handling is profiled apart, before the shopper's return.
  await waitFor(() => notifications() > before, "bank notification");
  const url = outcome.url;
  await profile.stage("return (route)", () =>
    outcome.method === "GET"
      ? returnGet(new Request(url), { params: Promise.resolve({ bank: bankCode }) })
      : returnPost(new Request(url, { method: "POST", body: new URLSearchParams(outcome.params) }), {
          params: Promise.resolve({ bank: bankCode }),
        }),
  );
  const notified = sink.succeededFor(signed.orderId);
  await profile.stage("notification delivery (worker batch)", () => runDueJobs(db));
  await notified;
}

export async function profileQueries(
  merchants: readonly MerchantCredentials[],
  sink: MerchantSink,
  payments: number,
): Promise<QueryProfileResult> {
  registerAllJobHandlers();
  const profile = new QueryProfile();
  const endpoint = await startNotifyEndpoint(profile);
  // The first payments pay for first use (connections, the platform key, Prisma's caches, JIT).
  const warmUp = 5;
  try {
    for (let i = 0; i < warmUp + payments; i++) {
      if (i === warmUp) profile.reset();
      const merchant = merchants[i % merchants.length];
      if (!merchant) throw new Error("no merchants");
      await onePayment(profile, merchant, sink, BANKS[i % BANKS.length] ?? "icmb", endpoint.handled);
    }
  } finally {
    await endpoint.stop();
  }
  return profile.perRun();
}
