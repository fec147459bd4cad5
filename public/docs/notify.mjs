// notify.mjs: receive Paylane notifications (Node 18+, no dependencies).
import { createServer } from "node:http";
import { createPublicKey } from "node:crypto";
import { readFileSync } from "node:fs";
import { verifyPaylaneSignature } from "./paylane.mjs";

const platformKey = createPublicKey(readFileSync(process.env.PAYLANE_PLATFORM_KEY_FILE));
const seen = new Set(); // use a table with a unique index on the event id in production

createServer(async (req, res) => {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const body = Buffer.concat(chunks); // verify the raw bytes, before parsing
  const h = req.headers; // Node lower-cases header names
  const signature = [h["paylane-timestamp"], h["paylane-nonce"], h["paylane-signature"]];
  if (!verifyPaylaneSignature(platformKey, ...signature, body)) {
    res.writeHead(401).end();
    return;
  }
  const event = JSON.parse(body.toString("utf8"));
  if (!seen.has(event.id)) {
    seen.add(event.id);
    // Queue your own work here and answer at once (within 10 s). Before shipping goods, confirm the state
    // with GET /api/v1/payments/{orderId} (or GET /api/v1/refunds/{refundId}) and compare the amount.
    console.log(event.type, event.data.orderId, event.data.status);
  }
  res.writeHead(204).end();
}).listen(Number(process.env.PORT ?? 8080));
