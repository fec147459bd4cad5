// The card acquirer's side for development and tests: stripe-stateful-mock (an in-memory Stripe with
// charges, refunds and idempotency replay) in this process, behind a small Tokens endpoint it lacks.
// It answers the official `stripe` SDK exactly as api.stripe.com would, so lib/acquirers/stripe talks
// to it with nothing but a different host and port.
import http from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";

export type StripeMock = { url: string; port: number; stop: () => Promise<void> };

type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => void;
type MockModule = { createExpressApp: () => Handler };
type LogLevel = "silent" | "error" | "warn" | "info" | "debug";

// The package ships no type declarations: check the one function used before calling it.
function isMockModule(value: unknown): value is MockModule {
  return (
    typeof value === "object" &&
    value !== null &&
    "createExpressApp" in value &&
    typeof value.createExpressApp === "function"
  );
}

function hasSetLevel(value: unknown): value is { setLevel: (level: LogLevel) => void } {
  return (
    typeof value === "object" && value !== null && "setLevel" in value && typeof value.setLevel === "function"
  );
}

/**
 * Stripe's documented test card numbers, mapped to the mock's test tokens (which decide what a charge
 * does). Last four digits agree with the mock's cards, so the token and the charge describe one card.
 */
const TEST_CARDS: Record<string, { token: string; brand: string; funding: string; country: string }> = {
  "4242424242424242": { token: "tok_visa", brand: "Visa", funding: "credit", country: "US" },
  "4000056655665556": { token: "tok_visa_debit", brand: "Visa", funding: "debit", country: "US" },
  "5555555555554444": { token: "tok_mastercard", brand: "MasterCard", funding: "credit", country: "US" },
  "5105105105105100": {
    token: "tok_mastercard_prepaid",
    brand: "MasterCard",
    funding: "prepaid",
    country: "US",
  },
  "371449635398431": { token: "tok_amex", brand: "American Express", funding: "credit", country: "US" },
  "4000001240000000": { token: "tok_ca", brand: "Visa", funding: "credit", country: "CA" },
  "4000000000009235": { token: "tok_riskLevelElevated", brand: "Visa", funding: "credit", country: "US" },
  "4000000000000002": { token: "tok_chargeDeclined", brand: "Visa", funding: "credit", country: "US" },
  "4000000000009995": {
    token: "tok_chargeDeclinedInsufficientFunds",
    brand: "Visa",
    funding: "credit",
    country: "US",
  },
  "4100000000000019": {
    token: "tok_chargeDeclinedFraudulent",
    brand: "Visa",
    funding: "credit",
    country: "US",
  },
  "4000000000000127": {
    token: "tok_chargeDeclinedIncorrectCvc",
    brand: "Visa",
    funding: "credit",
    country: "US",
  },
  "4000000000000069": {
    token: "tok_chargeDeclinedExpiredCard",
    brand: "Visa",
    funding: "credit",
    country: "US",
  },
  "4000000000000119": {
    token: "tok_chargeDeclinedProcessingError",
    brand: "Visa",
    funding: "credit",
    country: "US",
  },
};

type StripeErrorBody = {
  type: string;
  message: string;
  code?: string;
  decline_code?: string;
  param?: string;
};
type Answer = { status: number; body: unknown };

const cardError = (code: string, message: string, param?: string, declineCode?: string): Answer => ({
  status: 402,
  body: {
    error: { type: "card_error", code, message, param, decline_code: declineCode } satisfies StripeErrorBody,
  },
});

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** POST /v1/tokens with card[…]: Stripe's own checks, then a token the mock's charges understand. */
function createCardToken(form: URLSearchParams): Answer {
  const number = form.get("card[number]") ?? "";
  const month = Number(form.get("card[exp_month]"));
  const rawYear = Number(form.get("card[exp_year]"));
  const year = rawYear < 100 ? 2000 + rawYear : rawYear;
  const cvc = form.get("card[cvc]");
  if (!/^[0-9]{12,19}$/.test(number) || !luhnValid(number))
    return cardError("incorrect_number", "Your card number is incorrect.", "number");
  if (!Number.isInteger(month) || month < 1 || month > 12)
    return cardError("invalid_expiry_month", "Your card's expiration month is invalid.", "exp_month");
  const today = new Date();
  const expired = year * 12 + month < today.getUTCFullYear() * 12 + today.getUTCMonth() + 1;
  if (!Number.isInteger(year) || expired || year > today.getUTCFullYear() + 50)
    return cardError("invalid_expiry_year", "Your card's expiration year is invalid.", "exp_year");
  if (cvc !== null && !/^[0-9]{3,4}$/.test(cvc))
    return cardError("invalid_cvc", "Your card's security code is invalid.", "cvc");
  const card = TEST_CARDS[number];
  // Like Stripe in test mode: a card that is not a test card is declined, never charged.
  if (!card) {
    return cardError(
      "card_declined",
      "Your card was declined. Your request was in test mode, but used a non test card.",
      undefined,
      "test_mode_live_card",
    );
  }
  return {
    status: 200,
    body: {
      id: card.token,
      object: "token",
      card: {
        id: `card_${randomBytes(12).toString("hex")}`,
        object: "card",
        brand: card.brand,
        country: card.country,
        exp_month: month,
        exp_year: year,
        funding: card.funding,
        last4: number.slice(-4),
        name: form.get("card[name]"),
        cvc_check: cvc === null ? null : "unchecked",
      },
      client_ip: null,
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      type: "card",
      used: false,
    },
  };
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (body += chunk));
    request.on("end", () => resolve(body));
    request.on("error", reject);
  });
}

function tokensEndpoint() {
  // Idempotency as Stripe keeps it: a key replays its first answer; other parameters are refused.
  const answered = new Map<string, { body: string; answer: Answer }>();
  return async (request: http.IncomingMessage, response: http.ServerResponse) => {
    const send = (answer: Answer, replayed = false) =>
      response
        .writeHead(answer.status, {
          "content-type": "application/json",
          "request-id": `req_${randomBytes(7).toString("hex")}`,
          ...(replayed ? { "idempotent-replayed": "true" } : {}),
        })
        .end(JSON.stringify(answer.body));
    if (!(request.headers.authorization ?? "").startsWith("Bearer sk_test_")) {
      send({
        status: 401,
        body: { error: { type: "invalid_request_error", message: "Invalid API Key provided." } },
      });
      return;
    }
    const body = await readBody(request);
    const key = request.headers["idempotency-key"];
    const earlier = typeof key === "string" ? answered.get(key) : undefined;
    if (earlier && earlier.body !== body) {
      send({
        status: 400,
        body: {
          error: {
            type: "idempotency_error",
            message:
              "Keys for idempotent requests can only be used with the same parameters they were first used with.",
          },
        },
      });
      return;
    }
    if (earlier) {
      send(earlier.answer, true);
      return;
    }
    const answer = createCardToken(new URLSearchParams(body));
    if (typeof key === "string") answered.set(key, { body, answer });
    send(answer);
  };
}

/**
 * Starts the mock acquirer on 127.0.0.1 (`port: 0` picks a free port). Its state lives in memory,
 * shared by every instance in this process, and is gone when the process ends.
 */
export async function startStripeMock(
  options: { port?: number; host?: string; logLevel?: LogLevel } = {},
): Promise<StripeMock> {
  const require = createRequire(import.meta.url);
  const mockPath = require.resolve("stripe-stateful-mock");
  const log: unknown = createRequire(mockPath)("loglevel");
  if (hasSetLevel(log)) log.setLevel(options.logLevel ?? "error");
  const mock: unknown = require(mockPath);
  if (!isMockModule(mock)) throw new Error("stripe-stateful-mock has no createExpressApp()");
  const app = mock.createExpressApp();
  const tokens = tokensEndpoint();
  const server = http.createServer((request, response) => {
    const path = (request.url ?? "").split("?")[0];
    if (request.method === "POST" && path === "/v1/tokens") {
      tokens(request, response).catch(() => response.destroy());
      return;
    }
    app(request, response);
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 12111, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
