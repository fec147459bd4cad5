import type { IncomingMessage, ServerResponse } from "node:http";
import type { MockBank } from "./bank";
import { confirmPayment, showPaymentPage } from "./checkout";
import { GatewayKeyUnavailableError } from "./gateway-key";
import { BodyTooLargeError, readBody, send, sendStream, text, type Reply } from "./http";
import { isSettlementRoute, settlementRoute, type StreamReply } from "./settlement-routes";
import { errorPage, homePage } from "./pages";

/** The bank's HTTP front door: its pages, its public key and its server-to-server API. */
export function bankRequestHandler(bank: MockBank): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    route(bank, req)
      .catch((error: unknown) => failure(bank, error))
      .then((reply) => ("chunks" in reply ? sendStream(res, reply) : send(res, reply)))
      .catch(() => res.destroy());
  };
}

async function route(bank: MockBank, req: IncomingMessage): Promise<Reply | StreamReply> {
  const url = new URL(req.url ?? "/", "http://bank.invalid");
  if (isSettlementRoute(url.pathname)) return settlementRoute(bank, req, url);
  const method = req.method ?? "GET";
  const paths = bank.protocol.paths;
  const form = async () =>
    method === "POST" ? new URLSearchParams(await readBody(req)) : new URLSearchParams();

  if (method === "GET" && url.pathname === "/") return homePage(bank.profile, bank.protocol.wireFormat);
  if (method === "GET" && url.pathname === "/.well-known/bank-key.pem") {
    return text(200, bank.keys.publicKeyPem, "application/x-pem-file");
  }
  if (method === "GET" && url.pathname === "/healthz") {
    return text(200, JSON.stringify({ bank: bank.profile.code, ok: true }), "application/json");
  }
  if (url.pathname === paths.pay && (method === "GET" || method === "POST")) {
    return showPaymentPage(
      bank,
      bank.protocol.paymentTicket({ query: url.searchParams, form: await form() }),
    );
  }
  if (url.pathname === paths.confirm && method === "POST") return confirmPayment(bank, await form());
  if (url.pathname === paths.api && method === "POST") {
    const message = await bank.protocol.handleApi(await readBody(req));
    return text(200, message.body, message.contentType);
  }
  return errorPage(
    bank.profile,
    404,
    ["页面不存在", "Page not found"],
    ["请检查地址。", "Please check the address."],
  );
}

function failure(bank: MockBank, error: unknown): Reply {
  if (error instanceof BodyTooLargeError) return text(413, "request body too large");
  if (error instanceof GatewayKeyUnavailableError)
    return text(503, "the gateway's public key is unavailable");
  console.error(`[${bank.profile.code}] internal error`, error);
  return errorPage(
    bank.profile,
    500,
    ["系统错误", "Internal error"],
    ["请稍后重试。", "Please try again later."],
  );
}
