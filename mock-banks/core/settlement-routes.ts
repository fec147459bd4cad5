import type { IncomingMessage } from "node:http";
import { FRESHNESS_MS } from "../protocols/checks";
import type { MockBank } from "./bank";
import { readBody, text, type Reply } from "./http";
import { isSettlementDate } from "./settlement";
import { parseSettlementFaults } from "./settlement-faults";

// GET /settlement/<YYYY-MM-DD>: the day's signed settlement file, for the gateway only. The gateway proves
// who it is the way it does on every server-to-server call: it signs "GET <path>\n<x-gateway-time>"
// with its key and sends the signature in x-gateway-signature; the time must be within 300 s.
// POST /test/settlement-faults: test control, {"date": "YYYY-MM-DD", "faults": [...]}.

export interface StreamReply {
  status: number;
  headers: Record<string, string>;
  chunks: Iterable<string>;
}

const SETTLEMENT_PATH = /^\/settlement\/(\d{4}-\d{2}-\d{2})$/;

export function isSettlementRoute(pathname: string): boolean {
  return SETTLEMENT_PATH.test(pathname) || pathname === "/test/settlement-faults";
}

export async function settlementRoute(
  bank: MockBank,
  req: IncomingMessage,
  url: URL,
): Promise<Reply | StreamReply> {
  const method = req.method ?? "GET";
  if (url.pathname === "/test/settlement-faults") {
    if (!bank.testControls) return text(404, "test controls are off");
    if (method !== "POST") return text(405, "POST only");
    return injectFaults(bank, await readBody(req));
  }
  const date = SETTLEMENT_PATH.exec(url.pathname)?.[1] ?? "";
  if (method !== "GET") return text(405, "GET only");
  if (!isSettlementDate(date)) return text(400, "not a date");
  const refusal = await authenticate(bank, req, `GET ${url.pathname}`);
  if (refusal) return refusal;
  const file = bank.settlementFile(date);
  return {
    status: 200,
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${bank.profile.code}-settlement-${date}.txt"`,
      "cache-control": "no-store",
    },
    chunks: file.chunks,
  };
}

async function authenticate(bank: MockBank, req: IncomingMessage, what: string): Promise<Reply | undefined> {
  const time = header(req, "x-gateway-time");
  const signature = header(req, "x-gateway-signature");
  if (!time || !signature) return text(401, "x-gateway-time and x-gateway-signature are required");
  const sentAt = Date.parse(time);
  if (Number.isNaN(sentAt) || Math.abs(Date.now() - sentAt) > FRESHNESS_MS) {
    return text(401, "x-gateway-time is outside the accepted window");
  }
  if (!(await bank.gatewayKey.verify(`${what}\n${time}`, signature))) {
    return text(403, "the gateway's signature is invalid");
  }
  return undefined;
}

function injectFaults(bank: MockBank, body: string): Reply {
  try {
    const input: unknown = JSON.parse(body);
    const field = (name: string): unknown =>
      typeof input === "object" && input !== null
        ? Object.getOwnPropertyDescriptor(input, name)?.value
        : undefined;
    const date = field("date");
    if (typeof date !== "string" || !isSettlementDate(date)) throw new Error("date must be YYYY-MM-DD");
    const faults = parseSettlementFaults(field("faults"));
    bank.setSettlementFaults(date, faults);
    return text(200, JSON.stringify({ date, faults: faults.length }), "application/json");
  } catch (error) {
    return text(400, error instanceof Error ? error.message : "invalid request");
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === "string" && value !== "" ? value : undefined;
}
