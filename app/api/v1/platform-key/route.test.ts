import { createPublicKey } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getPlatformPublicKeyPem } from "@/lib/signing/platform-key";
import { GET } from "./route";

afterAll(async () => {
  await db.$disconnect();
});

describe("GET /api/v1/platform-key", () => {
  it("serves the platform public key as PEM, unsigned and without authentication", async () => {
    const response = await GET(new Request("http://localhost:3000/api/v1/platform-key"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/x-pem-file");
    expect(response.headers.get("paylane-signature")).toBeNull();
    const pem = await response.text();
    expect(pem).toBe(await getPlatformPublicKeyPem(db));
    const key = createPublicKey(pem);
    expect(key.asymmetricKeyType).toBe("rsa");
    expect(key.asymmetricKeyDetails?.modulusLength).toBeGreaterThanOrEqual(2048);
  });
});
