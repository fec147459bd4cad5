// Prose of the OpenAPI document. The facts in it (window, nonce rules, headers) are those enforced by
// lib/signing; the tests check the document against the code's constants.
import { NONCE_TTL_MS } from "@/lib/signing/nonce-store";
import { AUTH_SCHEME, TIMESTAMP_TOLERANCE_SECONDS } from "@/lib/signing/verify-merchant-request";
import { SIGNATURE_HEADERS } from "@/lib/signing/sign-platform-response";

export const API_INTRODUCTION = [
  "The API that merchants' servers integrate against. Bodies are UTF-8 JSON. Money is an integer number of",
  "minor units (fen for CNY): `amount: 1999` is ¥19.99. Times are ISO 8601 strings in UTC.",
  "`orderId` is the merchant's own id (1-64 characters of `A-Z a-z 0-9 _ -`); `id` fields are the gateway's",
  "(`pay_…`, `evt_…`).",
  "",
  'Errors are a non-2xx status with `{"error": {"code", "message", "field"}}`; `field` names the input at',
  "fault when one is. The codes are listed in `x-error-codes` and on each operation.",
  "",
  "Every request is signed (see the `PaylaneSignature` security scheme) and every answer to a signed",
  "request, and every notification, is signed by the gateway's key (`GET /api/v1/platform-key`).",
].join("\n");

export const SECURITY_DESCRIPTION = [
  `\`Authorization: ${AUTH_SCHEME} merchant_id="<merchantId>",key_id="<keyId>",timestamp="<unix seconds>",nonce="<nonce>",signature="<base64>"\``,
  "",
  "`signature` is base64 of RSASSA-PKCS1-v1_5 with SHA-256, by the private key whose public key was",
  "registered as `keyId`, over the UTF-8 string",
  "",
  "`<METHOD>\\n<path with query, exactly as sent>\\n<timestamp>\\n<nonce>\\n<raw body>\\n`",
  "",
  "(the body is empty for GET). Example for `GET /api/v1/payments/A1001`:",
  '`"GET\\n/api/v1/payments/A1001\\n1795320000\\nq8Fz2LmN0pXr7sTu\\n\\n"`.',
  "",
  `- \`timestamp\` must be within ${TIMESTAMP_TOLERANCE_SECONDS} s of the gateway's clock, else \`401 timestamp_out_of_range\`.`,
  `- \`nonce\` is 16-64 characters of \`A-Z a-z 0-9\`, new for the merchant within ${NONCE_TTL_MS / 60_000} minutes, else \`401 nonce_reused\`.`,
  "- A missing or malformed header, an unknown merchant or key, a revoked key or a wrong signature: `401 signature_invalid`.",
  "",
  `Answers carry \`${SIGNATURE_HEADERS.timestamp}\`, \`${SIGNATURE_HEADERS.nonce}\` and \`${SIGNATURE_HEADERS.signature}\`:`,
  "base64 RSA-SHA256 by the platform key over `<timestamp>\\n<nonce>\\n<body>\\n`. Verify it before trusting a",
  "response. Only answers to requests that name no registered key of the merchant are unsigned.",
].join("\n");

export const SIGNATURE_HEADERS_DOC: Record<string, string> = {
  [SIGNATURE_HEADERS.timestamp]: "Unix seconds when the gateway signed the body.",
  [SIGNATURE_HEADERS.nonce]: "A random string, new for every signature.",
  [SIGNATURE_HEADERS.signature]:
    "base64 RSASSA-PKCS1-v1_5 SHA-256 signature by the platform key over `<timestamp>\\n<nonce>\\n<body>\\n`.",
};
