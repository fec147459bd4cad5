// A stand-in for the gateway's signature handling, written from shared/spec/merchant-api.md alone, so that
// examples.test.ts can run the documented examples end to end: it verifies each request's Authorization
// (canonical string, 300 s window, nonce rules) and signs each response with a platform key.
import { randomBytes, sign, verify, type KeyObject } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type GatewayRecord = { method: string; url: string; body: string; accepted: boolean; reason: string };

export type MockGateway = {
  url: string;
  records: GatewayRecord[];
  /** When set, responses are altered after signing, as a man in the middle would. */
  tamper: boolean;
  close(): Promise<void>;
};

type Options = {
  merchantId: string;
  keyId: string;
  merchantPublicKey: KeyObject;
  platformPrivateKey: KeyObject;
};

const AUTHORIZATION =
  /^PAYLANE-RSA-SHA256 merchant_id="([^"]+)",key_id="([^"]+)",timestamp="(\d+)",nonce="([A-Za-z0-9]{16,64})",signature="([A-Za-z0-9+/]+={0,2})"$/;

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

/** Returns why the request is refused, or "" when its signature is good. */
function check(options: Options, seen: Set<string>, req: IncomingMessage, body: Buffer): string {
  const match = AUTHORIZATION.exec(req.headers.authorization ?? "");
  if (!match) return "signature_invalid: malformed Authorization";
  const [, merchantId, keyId, timestamp = "", nonce = "", signature = ""] = match;
  if (merchantId !== options.merchantId || keyId !== options.keyId) return "signature_invalid: unknown key";
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return "timestamp_out_of_range";
  if (seen.has(nonce)) return "nonce_reused";
  const head = `${req.method ?? ""}\n${req.url ?? ""}\n${timestamp}\n${nonce}\n`;
  const signed = Buffer.concat([Buffer.from(head, "utf8"), body, Buffer.from("\n")]);
  if (!verify("sha256", signed, options.merchantPublicKey, Buffer.from(signature, "base64"))) {
    return "signature_invalid: bad signature";
  }
  seen.add(nonce);
  return "";
}

function answer(req: IncomingMessage, body: Buffer): { status: number; type: string; text: string } {
  const url = req.url ?? "";
  if (req.method === "POST" && url === "/api/v1/payments") {
    const input: unknown = JSON.parse(body.toString("utf8"));
    return { status: 201, type: "application/json", text: JSON.stringify({ id: "pay_1", echo: input }) };
  }
  if (url.startsWith("/api/v1/statements/")) {
    const header =
      "type,order_id,refund_id,payment_id,amount,fee,net,currency,status,method,created_at,completed_at";
    return { status: 200, type: "text/csv; charset=utf-8", text: `${header}\n` };
  }
  return {
    status: 200,
    type: "application/json",
    text: JSON.stringify({ id: "x_1", path: url, 名称: "蓝色杯子" }),
  };
}

export async function startMockGateway(options: Options): Promise<MockGateway> {
  const seen = new Set<string>();
  const gateway: MockGateway = { url: "", records: [], tamper: false, close: async () => undefined };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const body = await readBody(req);
    const reason = check(options, seen, req, body);
    gateway.records.push({
      method: req.method ?? "",
      url: req.url ?? "",
      body: body.toString("utf8"),
      accepted: reason === "",
      reason,
    });
    const reply = reason
      ? {
          status: 401,
          type: "application/json",
          text: JSON.stringify({ error: { code: reason.split(":")[0] } }),
        }
      : answer(req, body);
    const bytes = Buffer.from(reply.text, "utf8");
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = randomBytes(12).toString("hex");
    const signed = Buffer.concat([Buffer.from(`${timestamp}\n${nonce}\n`), bytes, Buffer.from("\n")]);
    const signature = sign("sha256", signed, options.platformPrivateKey).toString("base64");
    const sent = gateway.tamper ? Buffer.from(`${reply.text} `, "utf8") : bytes;
    res.writeHead(reply.status, {
      "Content-Type": reply.type,
      "Content-Length": String(sent.length),
      "Paylane-Timestamp": timestamp,
      "Paylane-Nonce": nonce,
      "Paylane-Signature": signature,
    });
    res.end(sent);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address: AddressInfo | string | null = server.address();
  if (!address || typeof address === "string") throw new Error("the mock gateway has no port");
  gateway.url = `http://127.0.0.1:${address.port}`;
  gateway.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return gateway;
}
