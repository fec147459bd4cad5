import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it("keeps same-site paths with their query and hash", () => {
    expect(safeRedirectPath("/wallet?page=2#top", "/")).toBe("/wallet?page=2#top");
  });

  it.each([
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "wallet",
    "",
    null,
  ])("refuses %s", (candidate) => {
    expect(safeRedirectPath(candidate, "/home")).toBe("/home");
  });
});
