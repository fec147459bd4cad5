import { generateKeyPairSync, sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createBankKey } from "./bank-key";

function pair() {
  const keys = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return {
    pem: keys.publicKey.export({ type: "spki", format: "pem" }).toString(),
    sign: (data: string) => sign("sha256", Buffer.from(data), keys.privateKey).toString("base64"),
  };
}

/** A bank's well-known endpoint whose key the test can swap, counting requests. */
function wellKnown(initial: string) {
  const state = { pem: initial, calls: 0, down: false };
  const fetcher: typeof fetch = async (input) => {
    state.calls += 1;
    expect(String(input)).toBe("http://bank.test/prefix/.well-known/bank-key.pem");
    if (state.down) throw new TypeError("connection refused");
    return new Response(state.pem);
  };
  return { state, fetcher };
}

describe("bank public key cache", () => {
  const first = pair();
  const second = pair();

  it("fetches once, caches, and refuses signatures by other keys", async () => {
    const { state, fetcher } = wellKnown(first.pem);
    const key = createBankKey({ bank: "x", baseUrl: "http://bank.test/prefix/", fetch: fetcher });
    expect(state.calls).toBe(0);
    await expect(key.verify("hello", first.sign("hello"))).resolves.toBe(true);
    await expect(key.verify("hello", first.sign("hello!"))).resolves.toBe(false);
    await expect(key.verify("hello", second.sign("hello"))).resolves.toBe(false);
    await expect(key.verify("hello", "not base64 !")).resolves.toBe(false);
    expect(state.calls).toBe(1);
  });

  it("picks up a rotated key, but refetches at most once per interval", async () => {
    const { state, fetcher } = wellKnown(first.pem);
    const key = createBankKey({
      bank: "x",
      baseUrl: "http://bank.test/prefix",
      fetch: fetcher,
      refetchAfterMs: 0,
    });
    await key.verify("a", first.sign("a"));
    state.pem = second.pem;
    await expect(key.verify("b", second.sign("b"))).resolves.toBe(true);
    expect(state.calls).toBe(2);

    const slow = wellKnown(first.pem);
    const throttled = createBankKey({ bank: "x", baseUrl: "http://bank.test/prefix", fetch: slow.fetcher });
    await throttled.verify("a", first.sign("a"));
    slow.state.pem = second.pem;
    await expect(throttled.verify("b", second.sign("b"))).resolves.toBe(false);
    expect(slow.state.calls).toBe(1);
  });

  it("does not cache a failed fetch", async () => {
    const { state, fetcher } = wellKnown(first.pem);
    state.down = true;
    const key = createBankKey({ bank: "x", baseUrl: "http://bank.test/prefix", fetch: fetcher });
    await expect(key.verify("a", first.sign("a"))).rejects.toMatchObject({ code: "unavailable" });
    state.down = false;
    await expect(key.verify("a", first.sign("a"))).resolves.toBe(true);
  });

  it("uses a pinned key without fetching", async () => {
    const { state, fetcher } = wellKnown(second.pem);
    const key = createBankKey({
      bank: "x",
      baseUrl: "http://bank.test/prefix",
      pem: first.pem,
      fetch: fetcher,
    });
    await expect(key.verify("a", first.sign("a"))).resolves.toBe(true);
    expect(state.calls).toBe(0);
  });
});
