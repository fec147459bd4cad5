import { createPrivateKey, generateKeyPairSync } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { signWith } from "../core/keys";
import { beijingTime, decodeForm, encodeForm } from "../protocols/form/codec";

// The gateway as the banks' own tests see it: only the wire format (here MCMB's signed forms) and a
// key pair, no gateway code.

export function gatewayKeys() {
  const pair = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const privateKey = createPrivateKey(pair.privateKey.export({ type: "pkcs8", format: "pem" }));
  return {
    publicKeyPem: pair.publicKey.export({ type: "spki", format: "pem" }).toString(),
    sign: (data: string) => signWith(privateKey, data),
  };
}

type Keys = ReturnType<typeof gatewayKeys>;

export function mcmbPayUrl(bankUrl: string, keys: Keys, attemptId: string, gatewayUrl: string): string {
  const params = encodeForm(
    {
      service: "mcmb.trade.page.pay",
      timestamp: beijingTime(new Date()),
      out_trade_no: attemptId,
      total_amount: "19.99",
      currency: "CNY",
      merchant_name: "Shop",
      subject: "Mug",
      return_url: `${gatewayUrl}/return`,
      notify_url: `${gatewayUrl}/notify`,
      time_expire: beijingTime(new Date(Date.now() + 600_000)),
    },
    keys.sign,
  );
  return `${bankUrl}/netpayment/pay?${params.toString()}`;
}

/** Opens the bank page, then submits its form with a card number and password. */
export async function payAt(payUrl: string, card: string, password = "123456"): Promise<Response> {
  const html = await (await fetch(payUrl)).text();
  const ticket = /name="ticket" value="([^"]*)"/.exec(html)?.[1]?.replaceAll("&#38;", "&");
  if (!ticket) throw new Error("no ticket on the bank page");
  const confirm = new URL("/netpayment/confirm", payUrl);
  return fetch(confirm, {
    method: "POST",
    body: new URLSearchParams({ ticket, cardNumber: card, password }),
    redirect: "manual",
  });
}

export async function mcmbQuery(
  bankUrl: string,
  keys: Keys,
  attemptId: string,
): Promise<Record<string, string>> {
  const body = encodeForm(
    { service: "mcmb.trade.query", timestamp: beijingTime(new Date()), out_trade_no: attemptId },
    keys.sign,
  );
  const response = await fetch(`${bankUrl}/netpayment/gateway`, { method: "POST", body });
  return decodeForm(await response.text()).params;
}

/** A notification endpoint that answers `status()` and records what arrived. */
export async function notificationSink(status: () => number) {
  const bodies: string[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      const code = status();
      if (code < 300) bodies.push(body);
      res.writeHead(code).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    bodies,
    close: () =>
      new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}
