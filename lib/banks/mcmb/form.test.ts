import { describe, expect, it } from "vitest";
import { BankError } from "../errors";
import { fenToYuan, fromBeijing, mcmbSigningString, signMcmb, splitMcmb, toBeijing, yuanToFen } from "./form";

describe("MCMB signed form codec", () => {
  it("signs non-empty parameters sorted by key, values raw, without sign and sign_type", () => {
    const params = { b: "2", a: "x y&z=中", sign: "s", sign_type: "RSA2", empty: "", A: "upper" };
    expect(mcmbSigningString(params)).toBe("A=upper&a=x y&z=中&b=2");
  });

  it("round-trips through URL encoding with the signature intact", async () => {
    let signed = "";
    const encoded = await signMcmb(
      { subject: "蓝色杯子 & more", total_amount: "19.99", blank: "" },
      async (data) => {
        signed = data;
        return "c2ln";
      },
    );
    const params = Object.fromEntries(new URLSearchParams(encoded.toString()));
    expect(params).toEqual({
      subject: "蓝色杯子 & more",
      total_amount: "19.99",
      sign_type: "RSA2",
      sign: "c2ln",
    });
    expect(splitMcmb(params)).toEqual({ signed, signature: "c2ln" });
  });

  it("requires sign and sign_type=RSA2", () => {
    expect(() => splitMcmb({ a: "1" })).toThrow(BankError);
    expect(() => splitMcmb({ a: "1", sign: "x", sign_type: "RSA" })).toThrow(BankError);
  });

  it("converts yuan strings and fen exactly, never through floats", () => {
    expect(yuanToFen("0.01", "a")).toBe(1n);
    expect(yuanToFen("19.99", "a")).toBe(1999n);
    expect(yuanToFen("1000000000.00", "a")).toBe(100_000_000_000n);
    expect(yuanToFen("90071992547409.93", "a")).toBe(9_007_199_254_740_993n);
    for (const bad of ["1", "1.5", "1.234", "-1.00", "1e3.00", " 1.00", ""])
      expect(() => yuanToFen(bad, "a"), bad).toThrow(BankError);
    expect(fenToYuan(1n)).toBe("0.01");
    expect(fenToYuan(1999n)).toBe("19.99");
    expect(fenToYuan(9_007_199_254_740_993n)).toBe("90071992547409.93");
  });

  it("uses Beijing time (UTC+8) without a zone on the wire", () => {
    const when = new Date("2026-11-22T17:30:00.000Z");
    expect(toBeijing(when)).toBe("2026-11-23 01:30:00");
    expect(fromBeijing("2026-11-23 01:30:00")).toEqual(when);
    expect(Number.isNaN(fromBeijing("2026-11-23T01:30:00").getTime())).toBe(true);
  });
});
