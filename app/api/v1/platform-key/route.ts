import { db } from "@/lib/db";
import { publicRoute } from "@/lib/api/public-route";
import { getPlatformPublicKeyPem } from "@/lib/signing/platform-key";

// GET /api/v1/platform-key: the gateway's public key (SPKI PEM), unsigned and without authentication.
export const GET = publicRoute(async () => ({
  status: 200,
  text: await getPlatformPublicKeyPem(db),
  contentType: "application/x-pem-file; charset=utf-8",
}));
