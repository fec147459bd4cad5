import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const MAX_BODY_BYTES = 64 * 1024;

export class BodyTooLargeError extends Error {}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError("request body too large");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export function send(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, { ...reply.headers, "content-length": String(Buffer.byteLength(reply.body)) });
  res.end(reply.body);
}

/** A large answer (a settlement file), written as it is produced and at the pace the client reads. */
export async function sendStream(
  res: ServerResponse,
  reply: { status: number; headers: Record<string, string>; chunks: Iterable<string> },
): Promise<void> {
  res.writeHead(reply.status, reply.headers);
  await pipeline(Readable.from(reply.chunks), res);
}

export function redirect(url: string): Reply {
  return {
    status: 302,
    headers: { location: url, "cache-control": "no-store", "referrer-policy": "no-referrer" },
    body: "",
  };
}

export function text(status: number, body: string, contentType = "text/plain; charset=utf-8"): Reply {
  return { status, headers: { "content-type": contentType, "cache-control": "no-store" }, body };
}
