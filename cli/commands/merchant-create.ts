import { parseFlags, requireString } from "../args";
import type { CliCommand } from "../command";

const options = {
  name: { type: "string" },
  email: { type: "string" },
  site: { type: "string" },
  approve: { type: "boolean" },
  json: { type: "boolean" },
} as const;

export const merchantCreate: CliCommand = {
  name: "merchant create",
  summary: "Create a merchant with a fresh API key pair",
  help: `Usage: npm run paylane -- merchant create --name <name> --email <email> --site <url> [--approve] [--json]

Creates a merchant and an RSA-2048 API key pair for it. The private key is printed once and never
stored by the gateway: keep it.

Options:
  --name <name>    the merchant's name (required)
  --email <email>  the merchant's contact address (required)
  --site <url>     the merchant's site, http:// or https:// (required)
  --approve        create it approved (ACTIVE) instead of PENDING review
  --json           print only {"merchantId", "keyId", "privateKeyPem", "platformPublicKeyPem"}
  -h, --help       show this help`,
  prepare(args) {
    const flags = parseFlags(args, options);
    const input = {
      name: requireString(flags.name, "name"),
      email: requireString(flags.email, "email"),
      siteUrl: requireString(flags.site, "site"),
      approve: flags.approve ?? false,
      json: flags.json ?? false,
    };
    return async (ctx) => {
      const { createMerchantWithKey } = await import("../actions/create-merchant-with-key");
      return createMerchantWithKey(ctx, input);
    };
  },
};
