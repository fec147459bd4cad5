import { describe, expect, it } from "vitest";
import { maskPayer } from "./mask-payer";

describe("maskPayer", () => {
  it("masks a wallet payer's email and keeps masked card numbers as they are", () => {
    expect(maskPayer("alice@paylane.local")).toBe("al***@paylane.local");
    expect(maskPayer("a@b.cn")).toBe("***@b.cn");
    expect(maskPayer("622202******0001")).toBe("622202******0001");
    expect(maskPayer("6222020000000001")).toBe("622202******0001");
    expect(maskPayer(null)).toBeNull();
  });
});
