import { describe, expect, it } from "vitest";
import { BankError } from "./errors";
import { BANKS, bankConfigFromEnv, createBankRegistry } from "./registry";
import { testPlatformSigner } from "./testing/gateway-key";
import type { BankDescriptor } from "./types";

describe("bank registry", () => {
  const signer = testPlatformSigner();

  it("lists every bank with names, colour and the configured or default URL", () => {
    const registry = createBankRegistry({ signer, config: { urls: { ccmb: "http://banks.internal:9000" } } });
    expect(registry.list()).toEqual([
      expect.objectContaining({
        code: "icmb",
        url: "http://127.0.0.1:4101",
        name: { zh: "工商模拟银行", en: "Industrial & Commerce Mock Bank" },
      }),
      expect.objectContaining({ code: "ccmb", url: "http://banks.internal:9000" }),
      expect.objectContaining({ code: "mcmb", url: "http://127.0.0.1:4103" }),
    ]);
    for (const entry of registry.list()) expect(entry.colour).toMatch(/^#[0-9A-F]{6}$/);
  });

  it("builds one connector per bank and refuses unknown codes", () => {
    const registry = createBankRegistry({ signer });
    expect(registry.get("icmb")).toBe(registry.connector("icmb"));
    expect(registry.get("nope")).toBeUndefined();
    expect(() => registry.connector("nope")).toThrow(BankError);
  });

  it("reads BANK_<CODE>_URL and BANK_<CODE>_PUBLIC_KEY from the variables it is given", () => {
    const config = bankConfigFromEnv({
      BANK_ICMB_URL: "http://a:1",
      BANK_MCMB_PUBLIC_KEY: "-----BEGIN PUBLIC KEY-----\\nAAA\\n-----END PUBLIC KEY-----",
      BANK_CCMB_URL: "",
    });
    expect(config).toEqual({
      urls: { icmb: "http://a:1" },
      publicKeys: { mcmb: "-----BEGIN PUBLIC KEY-----\nAAA\n-----END PUBLIC KEY-----" },
    });
  });

  it("adding a bank is one descriptor", async () => {
    const template = BANKS[0];
    if (!template) throw new Error("no banks");
    const extra: BankDescriptor = { ...template, code: "demo", defaultUrl: "http://demo" };
    const registry = createBankRegistry({ signer, banks: [...BANKS, extra] });
    expect(registry.list().map((b) => b.code)).toEqual(["icmb", "ccmb", "mcmb", "demo"]);
    const redirect = await registry.connector("demo").buildPaymentRedirect({
      attemptId: "att_1",
      amount: 1n,
      currency: "CNY",
      merchantName: "m",
      subject: "s",
      returnUrl: "http://gw/r",
      notifyUrl: "http://gw/n",
      expiresAt: new Date(),
    });
    expect(redirect.url.startsWith("http://demo/")).toBe(true);
  });

  it("refuses currencies a bank does not take before anything is sent", async () => {
    const registry = createBankRegistry({ signer });
    for (const { code } of BANKS) {
      const attempt = registry.connector(code).buildPaymentRedirect({
        attemptId: "att_1",
        amount: 1n,
        currency: "USD",
        merchantName: "m",
        subject: "s",
        returnUrl: "http://gw/r",
        notifyUrl: "http://gw/n",
        expiresAt: new Date(),
      });
      await expect(attempt).rejects.toMatchObject({ code: "unsupported" });
    }
  });
});
