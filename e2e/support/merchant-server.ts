import http from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedNotification = {
  headers: Record<string, string>;
  body: string;
  event: { id: string; type: string; data: { orderId: string; status: string } };
};

/**
 * A merchant's web server for the tests: it acknowledges notifications (recording them) and serves the
 * order page shoppers return to.
 */
export async function startMerchantServer() {
  const notifications: ReceivedNotification[] = [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      if (request.method === "POST" && request.url === "/notify") {
        const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, String(v)]));
        notifications.push({ headers, body, event: JSON.parse(body) as ReceivedNotification["event"] });
        response.writeHead(200).end("ok");
        return;
      }
      response
        .writeHead(200, { "content-type": "text/html; charset=utf-8" })
        .end(
          `<!doctype html><html lang="en"><title>Order</title><h1>Demo shop order page</h1><p>${request.url}</p></html>`,
        );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    notifications,
    notificationFor: (orderId: string, type: string) =>
      notifications.find((n) => n.event.data.orderId === orderId && n.event.type === type),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
