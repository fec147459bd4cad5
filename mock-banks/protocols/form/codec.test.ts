import { describe, expect, it } from "vitest";
import { ProtocolError } from "../types";
import {
  beijingTime,
  decodeForm,
  encodeForm,
  fenToYuan,
  parseBeijingTime,
  signingString,
  yuanToFen,
} from "./codec";

describe("MCMB form codec (bank side)", () => {
  it("signs sorted non-empty parameters and round-trips through URL encoding", () => {
    let signed = "";
    const encoded = encodeForm({ z: "1", a: "中 & =", empty: "" }, (data) => ((signed = data), "c2ln"));
    expect(signed).toBe("a=中 & =&z=1");
    const decoded = decodeForm(encoded.toString());
    expect(decoded.params).toEqual({ z: "1", a: "中 & =", sign_type: "RSA2", sign: "c2ln" });
    expect(decoded.signed).toBe(signed);
    expect(signingString({ sign: "x", sign_type: "y" })).toBe("");
  });

  it("refuses repeated keys and missing signatures", () => {
    expect(() => decodeForm("a=1&a=2&sign=x&sign_type=RSA2")).toThrow(ProtocolError);
    expect(() => decodeForm("a=1")).toThrow(ProtocolError);
  });

  it("converts amounts exactly and times as Beijing local time", () => {
    expect(yuanToFen("0.01")).toBe(1n);
    expect(yuanToFen("1234.50")).toBe(123_450n);
    expect(yuanToFen("1.5")).toBeUndefined();
    expect(fenToYuan(5n)).toBe("0.05");
    const when = new Date("2026-01-01T16:00:00Z");
    expect(beijingTime(when)).toBe("2026-01-02 00:00:00");
    expect(parseBeijingTime("2026-01-02 00:00:00")).toEqual(when);
  });
});
