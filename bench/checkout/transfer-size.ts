import http from "node:http";

// What the hosted checkout costs a shopper's connection: the HTML and the JavaScript files the page
// references, each fetched as a browser would (gzip accepted) and counted as the bytes on the wire,
// and again without compression for the size the browser parses. fetch() would decompress
// transparently, hence plain node:http.

export type Transfer = { url: string; gzipBytes: number; rawBytes: number; encoding: string };

/** A script tag's file; `noModule` ones (legacy polyfills) are skipped by every modern browser. */
export type ScriptTransfer = Transfer & { noModule: boolean };

export type CheckoutTransfer = {
  html: Transfer;
  scripts: ScriptTransfer[];
  /** What a modern browser downloads (noModule scripts excluded), and the noModule ones apart. */
  totals: { jsGzipBytes: number; jsRawBytes: number; scriptCount: number; noModuleGzipBytes: number };
  /** Inline <script> bodies (React's flight data, bootstrap), already inside the HTML sizes. */
  inlineScriptBytes: number;
};

function get(
  url: string,
  acceptEncoding: string,
): Promise<{ status: number; bytes: Buffer; encoding: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      url,
      { headers: { "accept-encoding": acceptEncoding, "accept-language": "en" } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            bytes: Buffer.concat(chunks),
            encoding: String(response.headers["content-encoding"] ?? "identity"),
          }),
        );
        response.on("error", reject);
      },
    );
    request.on("error", reject);
  });
}

async function transfer(url: string): Promise<Transfer & { body: string }> {
  const compressed = await get(url, "gzip");
  const raw = await get(url, "identity");
  if (compressed.status !== 200 || raw.status !== 200)
    throw new Error(`${url} answered ${compressed.status}`);
  return {
    url,
    gzipBytes: compressed.bytes.length,
    rawBytes: raw.bytes.length,
    encoding: compressed.encoding,
    body: raw.bytes.toString("utf8"),
  };
}

export async function measureCheckoutTransfer(pageUrl: string): Promise<CheckoutTransfer> {
  const { body: html, ...htmlTransfer } = await transfer(pageUrl);
  const tags = new Map<string, boolean>();
  for (const match of html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)>/g)) {
    const noModule = /\bnoModule\b/i.test(`${match[1] ?? ""} ${match[3] ?? ""}`);
    tags.set(new URL(match[2] ?? "", pageUrl).toString(), noModule);
  }
  const scripts: ScriptTransfer[] = [];
  for (const [src, noModule] of tags) {
    const { body: _body, ...script } = await transfer(src);
    scripts.push({ ...script, noModule });
  }
  const modern = scripts.filter((s) => !s.noModule);
  const inlineScriptBytes = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (sum, match) => sum + Buffer.byteLength(match[1] ?? ""),
    0,
  );
  return {
    html: htmlTransfer,
    scripts,
    totals: {
      jsGzipBytes: modern.reduce((sum, s) => sum + s.gzipBytes, 0),
      jsRawBytes: modern.reduce((sum, s) => sum + s.rawBytes, 0),
      scriptCount: modern.length,
      noModuleGzipBytes: scripts.filter((s) => s.noModule).reduce((sum, s) => sum + s.gzipBytes, 0),
    },
    inlineScriptBytes,
  };
}
