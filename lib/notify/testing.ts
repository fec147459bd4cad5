// Test support: a merchant's notification endpoint on a local port, recording what it receives.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

export type Received = { method: string; url: string; headers: IncomingMessage["headers"]; body: string };

export type MerchantEndpoint = {
  url: string;
  received: Received[];
  /** How to answer the next requests (default 200 "ok"). */
  respond: (handler: (request: Received, response: ServerResponse) => void) => void;
  close: () => Promise<void>;
};

export async function startMerchantEndpoint(): Promise<MerchantEndpoint> {
  const received: Received[] = [];
  let handler = (_request: Received, response: ServerResponse) => {
    response.writeHead(200, { "Content-Type": "text/plain" }).end("ok");
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      received.push(request);
      handler(request, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no TCP address");
  return {
    url: `http://127.0.0.1:${address.port}/paylane/notify`,
    received,
    respond: (next) => {
      handler = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
