// curl snippets built on public/docs/paylane-sign.sh and paylane-verify.sh.
// app/docs/api/examples.test.ts runs them, as shown, against a stand-in gateway.

/** One-time setup: the scripts, the platform key and the credentials, for the gateway at `origin`. */
export function curlSetup(origin: string): string {
  return `# Once: fetch the two scripts and the platform key (compare it with the one in your dashboard).
curl -fsSO ${origin}/docs/paylane-sign.sh
curl -fsSO ${origin}/docs/paylane-verify.sh
chmod +x paylane-sign.sh paylane-verify.sh
curl -fsS ${origin}/api/v1/platform-key -o paylane-platform.pem

export PAYLANE_URL=${origin}
export PAYLANE_MERCHANT_ID=<merchantId>          # from the dashboard or the operator CLI
export PAYLANE_KEY_ID=<keyId>
export PAYLANE_PRIVATE_KEY_FILE=merchant.pem     # your private key, PEM
export PAYLANE_PLATFORM_KEY_FILE=paylane-platform.pem
`;
}

/**
 * Sign, send and verify one request. `bodyFile` is sent byte for byte (--data-binary keeps newlines,
 * -d would strip them and break the signature); `out` receives the raw response body.
 */
export function curlRequest(method: "GET" | "POST", path: string, bodyFile?: string, out = "response.json") {
  const sign = `auth=$(./paylane-sign.sh ${method} ${path}${bodyFile ? ` ${bodyFile}` : ""})`;
  const send = [
    `curl -sS`,
    method === "POST" && !bodyFile ? " -X POST" : "",
    ` "$PAYLANE_URL${path}" -H "$auth"`,
  ];
  const body = bodyFile ? ` \\\n  -H "Content-Type: application/json" --data-binary @${bodyFile}` : "";
  const verify = `./paylane-verify.sh headers.txt ${out} && cat ${out}`;
  return `${sign}\n${send.join("")}${body} \\\n  -D headers.txt -o ${out}\n${verify}\n`;
}

/** A JSON body written to a file with a quoted heredoc, so the shell changes nothing in it. */
export function jsonFile(file: string, json: string): string {
  return `cat > ${file} <<'JSON'\n${json}\nJSON\n`;
}

export const PAYMENT_BODY = JSON.stringify({
  orderId: "A1001",
  amount: 1999,
  currency: "CNY",
  subject: "Blue mug",
  notifyUrl: "https://shop.example/paylane/notify",
  returnUrl: "https://shop.example/orders/A1001",
  payerEmail: "buyer@example.com",
  metadata: { cart: "77" },
});

export const REFUND_BODY = JSON.stringify({
  orderId: "A1001",
  refundId: "R1001-1",
  amount: 500,
  reason: "damaged",
});

export const CURL_CREATE_PAYMENT =
  jsonFile("payment.json", PAYMENT_BODY) + curlRequest("POST", "/api/v1/payments", "payment.json");
export const CURL_GET_PAYMENT = curlRequest("GET", "/api/v1/payments/A1001");
export const CURL_CLOSE_PAYMENT = curlRequest("POST", "/api/v1/payments/A1001/close");
export const CURL_CREATE_REFUND =
  jsonFile("refund.json", REFUND_BODY) + curlRequest("POST", "/api/v1/refunds", "refund.json");
export const CURL_GET_REFUND = curlRequest("GET", "/api/v1/refunds/R1001-1");
export const CURL_BALANCE = curlRequest("GET", "/api/v1/balance");
export const CURL_STATEMENT = curlRequest("GET", "/api/v1/statements/2026-11-22", undefined, "statement.csv");
