import http from "node:http";
import { createPublicKey, verify } from "node:crypto";
import { z } from "zod";
import { BENCH_PORTS } from "./ports";

// The merchants' web server: receives the gateway's notifications, checks each one's platform signature
// as a merchant must (spec, "Responses and notifications"), acknowledges it, and tells the load
// generator when an order's payment.succeeded arrived. A payment counts as complete only here.

const eventSchema = z.object({
  id: z.string(),
  type: z.string(),
  data: z.object({ orderId: z.string(), status: z.string() }),
});

export type SinkCounters = {
  received: number;
  succeeded: number;
  badSignature: number;
  duplicates: number;
  otherTypes: number;
};

export type MerchantSink = {
  base: string;
  counters: SinkCounters;
  /** Resolves with the arrival time (performance.now()) of the order's signed payment.succeeded. */
  succeededFor: (orderId: string) => Promise<number>;
  /** Forgets waiters and arrivals (between scenarios). */
  reset: () => void;
  stop: () => Promise<void>;
};

export async function startMerchantSink(platformPublicKeyPem: string): Promise<MerchantSink> {
  const platformKey = createPublicKey(platformPublicKeyPem);
  const counters: SinkCounters = { received: 0, succeeded: 0, badSignature: 0, duplicates: 0, otherTypes: 0 };
  const arrived = new Map<string, number>();
  const waiters = new Map<string, (at: number) => void>();
  const seenEvents = new Set<string>();

  const accept = (headers: http.IncomingHttpHeaders, body: string) => {
    const at = performance.now();
    counters.received++;
    const header = (name: string) => String(headers[name] ?? "");
    const signed = `${header("paylane-timestamp")}\n${header("paylane-nonce")}\n${body}\n`;
    if (
      !verify("sha256", Buffer.from(signed), platformKey, Buffer.from(header("paylane-signature"), "base64"))
    ) {
      counters.badSignature++;
      return;
    }
    const event = eventSchema.parse(JSON.parse(body));
    if (seenEvents.has(event.id)) {
      counters.duplicates++;
      return;
    }
    seenEvents.add(event.id);
    if (event.type !== "payment.succeeded") {
      counters.otherTypes++;
      return;
    }
    counters.succeeded++;
    arrived.set(event.data.orderId, at);
    waiters.get(event.data.orderId)?.(at);
    waiters.delete(event.data.orderId);
  };

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      if (request.method === "POST" && request.url === "/notify") {
        try {
          accept(request.headers, Buffer.concat(chunks).toString("utf8"));
        } catch {
          counters.badSignature++;
        }
        response.writeHead(200, { "content-type": "text/plain" }).end("ok");
        return;
      }
      // The order page shoppers are sent back to (the bench does not follow that redirect).
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end("<!doctype html><p>Order");
    });
  });
  // Keep-alive connections from the gateway's notification worker are reused, as a real site would.
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(BENCH_PORTS.merchantSink, "127.0.0.1", resolve));

  return {
    base: `http://127.0.0.1:${BENCH_PORTS.merchantSink}`,
    counters,
    succeededFor: (orderId) => {
      const at = arrived.get(orderId);
      if (at !== undefined) return Promise.resolve(at);
      return new Promise((resolve) => waiters.set(orderId, resolve));
    },
    reset: () => {
      arrived.clear();
      waiters.clear();
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
