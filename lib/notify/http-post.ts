import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { ResolvedAddress } from "./ssrf-guard";

export type PostOutcome = {
  latencyMs: number;
  httpStatus: number | null;
  responseExcerpt: string | null;
  error: string | null;
};

export type PostOptions = {
  timeoutMs: number;
  /**
   * Addresses already checked by the SSRF guard: the connection goes to one of these and nowhere else,
   * so a DNS answer that changes between the check and the connection (DNS rebinding) cannot redirect it.
   */
  pinnedAddresses?: ResolvedAddress[];
};

const EXCERPT_CHARS = 500;
// The merchant's answer is only kept as an excerpt; reading more would let a merchant flood the worker.
const MAX_RESPONSE_BYTES = 64 * 1024;

function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const first = addresses[0];
    if (!first) {
      callback(new Error("no checked address"), "", 4);
      return;
    }
    if (options.all) callback(null, addresses);
    else callback(null, first.address, first.family);
  };
}

/**
 * POSTs `body` once and reports what happened; it never throws. Redirects are not followed (a 3xx is
 * just a failed attempt): a merchant cannot bounce the gateway to an address the guard refused.
 */
export function postJson(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: PostOptions,
): Promise<PostOutcome> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: Omit<PostOutcome, "latencyMs">) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ latencyMs: latency(), ...outcome });
    };
    const target = new URL(url);
    const transport = target.protocol === "https:" ? https : http;
    const request = transport.request(target, {
      method: "POST",
      headers: { ...headers, "Content-Length": Buffer.byteLength(body).toString() },
      // A pinned connection must not be shared with, or taken from, an unchecked pool.
      ...(options.pinnedAddresses ? { lookup: pinnedLookup(options.pinnedAddresses), agent: false } : {}),
    });
    const timer = setTimeout(() => {
      request.destroy(new Error(`no answer within ${options.timeoutMs / 1000} s`));
    }, options.timeoutMs);
    request.on("error", (error) => finish({ httpStatus: null, responseExcerpt: null, error: error.message }));
    request.on("response", (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => {
        const text = Buffer.concat(chunks).toString("utf8").slice(0, EXCERPT_CHARS);
        finish({ httpStatus: response.statusCode ?? null, responseExcerpt: text, error: null });
        response.destroy();
      };
      response.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size <= MAX_RESPONSE_BYTES) chunks.push(chunk);
        else done();
      });
      response.on("end", done);
      response.on("error", done);
    });
    request.end(body);
  });
}
