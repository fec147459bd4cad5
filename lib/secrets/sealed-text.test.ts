import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seal, unseal } from "./sealed-text";

describe("sealed text", () => {
  it("round-trips, never shows the plaintext, and refuses another row's or a tampered value", async () => {
    const sealed = await seal(db, "6222020000000001", "ba_1");
    expect(sealed).toMatch(/^v1:/);
    expect(sealed).not.toContain("6222020000000001");
    expect(await seal(db, "6222020000000001", "ba_1")).not.toBe(sealed);
    expect(await unseal(db, sealed, "ba_1")).toBe("6222020000000001");
    await expect(unseal(db, sealed, "ba_2")).rejects.toThrow();
    const tampered = `v1:${Buffer.from(Buffer.from(sealed.slice(3), "base64").map((b, i) => (i === 40 ? b ^ 1 : b))).toString("base64")}`;
    await expect(unseal(db, tampered, "ba_1")).rejects.toThrow();
  });
});
