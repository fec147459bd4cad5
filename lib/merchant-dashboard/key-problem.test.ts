import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { validateMerchantPublicKeyPem } from "@/lib/signing/rsa";
import { keyProblemOf } from "./key-problem";

function problemWith(pem: string) {
  try {
    validateMerchantPublicKeyPem(pem);
    return "accepted";
  } catch (error) {
    return keyProblemOf(error);
  }
}

describe("keyProblemOf", () => {
  it("sorts every refusal of lib/signing into a reason the dashboard translates", () => {
    const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const spki = rsa.publicKey.export({ type: "spki", format: "pem" }).toString();
    const small = generateKeyPairSync("rsa", { modulusLength: 1024 }).publicKey;
    const ec = generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey;
    expect(problemWith(spki)).toBe("accepted");
    expect(problemWith(rsa.privateKey.export({ type: "pkcs8", format: "pem" }).toString())).toBe(
      "private_key",
    );
    expect(problemWith(rsa.publicKey.export({ type: "pkcs1", format: "pem" }).toString())).toBe("pkcs1");
    expect(problemWith("ssh-rsa AAAAB3Nza")).toBe("not_one_pem");
    expect(problemWith(`${spki}\n${spki}`)).toBe("not_one_pem");
    expect(problemWith("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----")).toBe("unreadable");
    expect(problemWith(ec.export({ type: "spki", format: "pem" }).toString())).toBe("not_rsa");
    expect(problemWith(small.export({ type: "spki", format: "pem" }).toString())).toBe("too_short");
  });

  it("is null for errors that are not about the key", () => {
    expect(keyProblemOf(new AppError("forbidden", "no"))).toBeNull();
    expect(keyProblemOf(new Error("boom"))).toBeNull();
    expect(keyProblemOf(new AppError("invalid_request", "odd", "publicKeyPem"))).toBe("invalid");
  });
});
