import { createMerchant } from "@/lib/merchants/create-merchant";
import { generateMerchantKeyPair } from "@/lib/merchants/generate-key-pair";
import { getPlatformPublicKeyPem } from "@/lib/signing/platform-key";
import type { CliContext } from "../command";

export async function createMerchantWithKey(
  ctx: CliContext,
  input: { name: string; email: string; siteUrl: string; approve: boolean; json: boolean },
): Promise<number> {
  const { merchant, key } = await ctx.db.$transaction(async (tx) => {
    const merchant = await createMerchant(tx, {
      name: input.name,
      email: input.email,
      siteUrl: input.siteUrl,
      status: input.approve ? "ACTIVE" : "PENDING",
    });
    const key = await generateMerchantKeyPair(tx, { merchantId: merchant.id });
    return { merchant, key };
  });
  // After the commit, on the plain client: it may create the platform key on first use.
  const platformPublicKeyPem = await getPlatformPublicKeyPem(ctx.db);

  if (input.json) {
    ctx.out(
      JSON.stringify(
        { merchantId: merchant.id, keyId: key.keyId, privateKeyPem: key.privateKeyPem, platformPublicKeyPem },
        null,
        2,
      ),
    );
    return 0;
  }
  ctx.out(
    [
      `Merchant created: ${merchant.name} <${merchant.email}>`,
      `  merchantId   ${merchant.id}`,
      `  status       ${merchant.status}${merchant.status === "PENDING" ? " (awaiting review; --approve creates it ACTIVE)" : ""}`,
      `  keyId        ${key.keyId}`,
      `  fingerprint  ${key.fingerprint}`,
      "",
      "API private key: shown this once and not stored by Paylane. Save it (e.g. as merchant-key.pem, mode 600):",
      key.privateKeyPem.trimEnd(),
      "",
      "Paylane's public key, to verify the gateway's responses and notifications:",
      platformPublicKeyPem.trimEnd(),
    ].join("\n"),
  );
  return 0;
}
