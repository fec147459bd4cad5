import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStripeMock, type StripeMock } from "./stripe-mock";

let mock: StripeMock;
beforeAll(async () => {
  mock = await startStripeMock({ port: 0, logLevel: "silent" });
});
afterAll(async () => {
  await mock.stop();
});

const CARD = "card[number]=4242424242424242&card[exp_month]=12&card[exp_year]=2099&card[cvc]=123";

function post(path: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${mock.url}${path}`, {
    method: "POST",
    body,
    headers: {
      authorization: "Bearer sk_test_mock",
      "content-type": "application/x-www-form-urlencoded",
      ...headers,
    },
  });
}

describe("the Stripe mock's Tokens endpoint", () => {
  it("turns a test card number into a token the mock's charges accept", async () => {
    const card = CARD.replace("2099", String(new Date().getFullYear() + 1));
    const token = (await (await post("/v1/tokens", card)).json()) as { id: string; card: { last4: string } };
    expect(token).toMatchObject({ id: "tok_visa", card: { last4: "4242" } });
    const charge = await post("/v1/charges", `amount=100&currency=cny&source=${token.id}`);
    expect(await charge.json()).toMatchObject({ status: "succeeded", amount: 100 });
  });

  it("answers like Stripe: key required, card checks, idempotent replays", async () => {
    expect((await post("/v1/tokens", CARD, { authorization: "Bearer pk_live_x" })).status).toBe(401);
    const badLuhn = await post("/v1/tokens", CARD.replace("4242424242424242", "4242424242424241"));
    expect(badLuhn.status).toBe(402);
    expect(await badLuhn.json()).toMatchObject({ error: { type: "card_error", code: "incorrect_number" } });
    const pastYear = CARD.replace("2099", "2001");
    expect(await (await post("/v1/tokens", pastYear)).json()).toMatchObject({
      error: { code: "invalid_expiry_year" },
    });
    const card = CARD.replace("2099", String(new Date().getFullYear() + 1));
    const first = await post("/v1/tokens", card, { "idempotency-key": "k1" });
    const again = await post("/v1/tokens", card, { "idempotency-key": "k1" });
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.json()).toEqual(await first.json());
    expect((await post("/v1/tokens", `${card}&card[name]=x`, { "idempotency-key": "k1" })).status).toBe(400);
  });
});
