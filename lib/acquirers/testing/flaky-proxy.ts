// Test support: an HTTP hop between the Stripe SDK and the mock that can lose answers on the way back.
// The request reaches Stripe and is carried out; the gateway never hears: the timeout case that
// idempotency keys exist for.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type FlakyProxy = {
  port: number;
  /** The next `count` answers to requests under `pathPrefix` are dropped (the connection is reset). */
  loseAnswers: (count: number, pathPrefix: string) => void;
  /** Requests seen, by "METHOD path". */
  seen: string[];
  stop: () => Promise<void>;
};

function readAll(stream: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
  });
}

export async function startFlakyProxy(targetPort: number): Promise<FlakyProxy> {
  let toLose = 0;
  let losePrefix = "";
  const seen: string[] = [];
  const server = http.createServer((request, response) => {
    void (async () => {
      const body = await readAll(request);
      const path = request.url ?? "/";
      seen.push(`${request.method} ${path}`);
      const upstream = http.request({
        host: "127.0.0.1",
        port: targetPort,
        method: request.method,
        path,
        headers: request.headers,
      });
      upstream.end(body);
      upstream.on("response", (answer) => {
        void readAll(answer).then((answerBody) => {
          if (toLose > 0 && path.startsWith(losePrefix)) {
            toLose--;
            request.socket.destroy();
            return;
          }
          response.writeHead(answer.statusCode ?? 502, answer.headers).end(answerBody);
        });
      });
      upstream.on("error", () => request.socket.destroy());
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    loseAnswers: (count, pathPrefix) => {
      toLose = count;
      losePrefix = pathPrefix;
    },
    seen,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
