import { describe, expect, it } from "vitest";
import { paramsHash } from "./params-hash";
import { paymentInput } from "./testing";

describe("paramsHash", () => {
  const base = paymentInput({ orderId: "A1001", metadata: { a: "1", b: "2" } });

  it("is the same for the same parameters, whatever the order of metadata", () => {
    expect(paramsHash({ ...base, metadata: { b: "2", a: "1" } })).toBe(paramsHash(base));
  });

  it.each([
    ["amount", { amount: 10_001n }],
    ["subject", { subject: "Red mug" }],
    ["notifyUrl", { notifyUrl: "https://other.example/n" }],
    ["returnUrl", { returnUrl: "https://other.example/r" }],
    ["payerEmail", { payerEmail: "a@example.com" }],
    ["expiresAt", { expiresAt: new Date("2030-01-01T00:00:00Z") }],
    ["metadata", { metadata: { a: "1" } }],
  ])("differs when %s differs", (_name, change) => {
    expect(paramsHash({ ...base, ...change })).not.toBe(paramsHash(base));
  });

  it("treats the same instant given with another offset as the same expiresAt", () => {
    const a = paramsHash({ ...base, expiresAt: new Date("2030-01-01T08:00:00+08:00") });
    expect(a).toBe(paramsHash({ ...base, expiresAt: new Date("2030-01-01T00:00:00.000Z") }));
  });
});
