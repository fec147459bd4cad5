import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedMessage {
  path: string;
  contentType: string;
  body: string;
  query: URLSearchParams;
}

/**
 * Stands in for the gateway's notification endpoints: records every POST and answers with the status the
 * test chooses (to exercise the banks' retries).
 */
export async function startInbox() {
  const received: ReceivedMessage[] = [];
  const waiters: { match: (m: ReceivedMessage) => boolean; resolve: (m: ReceivedMessage) => void }[] = [];
  let failuresLeft = 0;

  const server = createServer((req, res) => {
    void readAll(req).then((body) => {
      const url = new URL(req.url ?? "/", "http://inbox.invalid");
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        res.writeHead(503).end("try again");
        return;
      }
      const message = {
        path: url.pathname,
        contentType: req.headers["content-type"] ?? "",
        body,
        query: url.searchParams,
      };
      received.push(message);
      for (const waiter of [...waiters]) {
        if (waiter.match(message)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(message);
        }
      }
      res.writeHead(200, { "content-type": "text/plain" }).end("OK");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    received,
    /** The next `count` deliveries are answered 503. */
    failNext(count: number) {
      failuresLeft = count;
    },
    /** Resolves with the first message (already received or still to come) on `path`. */
    waitFor(path: string, timeoutMs = 5_000): Promise<ReceivedMessage> {
      const match = (m: ReceivedMessage) => m.path === path;
      const seen = received.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`nothing arrived on ${path} within ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiters.push({ match, resolve: (m) => (clearTimeout(timer), resolve(m)) });
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export type Inbox = Awaited<ReturnType<typeof startInbox>>;

async function readAll(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString("utf8");
}
