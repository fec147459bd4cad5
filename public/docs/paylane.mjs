// paylane.mjs: sign Paylane API requests and verify the gateway's signatures.
// Node 18 or later, no dependencies (node:crypto and the built-in fetch).
//
//   node paylane.mjs METHOD PATH [JSON-BODY]
//   node paylane.mjs GET /api/v1/payments/A1001
//
// Environment: PAYLANE_URL (e.g. https://pay.example.com), PAYLANE_MERCHANT_ID, PAYLANE_KEY_ID,
// PAYLANE_PRIVATE_KEY_FILE (your private key, PEM) and PAYLANE_PLATFORM_KEY_FILE (the platform key, PEM).
import { createPrivateKey, createPublicKey, randomBytes, sign, verify } from "node:crypto";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

/** The string a request signature covers: METHOD, path with query, timestamp, nonce, body, each + "\n". */
export function canonicalString(method, pathWithQuery, timestamp, nonce, body) {
  return method + "\n" + pathWithQuery + "\n" + timestamp + "\n" + nonce + "\n" + body + "\n";
}

/** The Authorization header for one request; call it again for every retry (fresh timestamp and nonce). */
export function authorization(config, method, pathWithQuery, body) {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = randomBytes(16).toString("hex"); // 32 characters of [0-9a-f]
  const signed = Buffer.from(canonicalString(method, pathWithQuery, timestamp, nonce, body), "utf8");
  const signature = sign("sha256", signed, config.privateKey).toString("base64"); // RSASSA-PKCS1-v1_5
  return (
    "PAYLANE-RSA-SHA256 " +
    `merchant_id="${config.merchantId}",key_id="${config.keyId}",` +
    `timestamp="${timestamp}",nonce="${nonce}",signature="${signature}"`
  );
}

/** True if body (the raw bytes) was signed by the platform key. For responses and notifications. */
export function verifyPaylaneSignature(platformKey, timestamp, nonce, signature, body) {
  if (!timestamp || !nonce || !signature) return false;
  const prefix = Buffer.from(timestamp + "\n" + nonce + "\n", "utf8");
  const signed = Buffer.concat([prefix, body, Buffer.from("\n")]);
  return verify("sha256", signed, platformKey, Buffer.from(signature, "base64"));
}

/** Sends one signed request and returns { status, body } once the response signature checks out. */
export async function paylane(config, method, pathWithQuery, payload) {
  const body = payload === undefined ? "" : JSON.stringify(payload);
  const headers = { Authorization: authorization(config, method, pathWithQuery, body) };
  if (body !== "") headers["Content-Type"] = "application/json";
  const response = await fetch(config.url + pathWithQuery, {
    method,
    headers,
    body: method === "GET" ? undefined : body,
  });
  const raw = Buffer.from(await response.arrayBuffer());
  const h = response.headers;
  const valid = verifyPaylaneSignature(
    config.platformKey,
    h.get("paylane-timestamp"),
    h.get("paylane-nonce"),
    h.get("paylane-signature"),
    raw,
  );
  if (!valid) {
    throw new Error("Paylane response signature is missing or invalid (HTTP " + response.status + ")");
  }
  const text = raw.toString("utf8");
  const isJson = (h.get("content-type") ?? "").includes("json");
  return { status: response.status, body: isJson ? JSON.parse(text) : text };
}

export function configFromEnv(env = process.env) {
  return {
    url: env.PAYLANE_URL,
    merchantId: env.PAYLANE_MERCHANT_ID,
    keyId: env.PAYLANE_KEY_ID,
    privateKey: createPrivateKey(readFileSync(env.PAYLANE_PRIVATE_KEY_FILE)),
    platformKey: createPublicKey(readFileSync(env.PAYLANE_PLATFORM_KEY_FILE)),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [method = "GET", pathWithQuery = "/api/v1/balance", json] = process.argv.slice(2);
  const payload = json === undefined ? undefined : JSON.parse(json);
  const { status, body } = await paylane(configFromEnv(), method, pathWithQuery, payload);
  console.log(status, typeof body === "string" ? body : JSON.stringify(body, null, 2));
  if (status >= 400) process.exitCode = 1;
}
