import "server-only";
import type { Readable } from "node:stream";
import { getTranslations } from "next-intl/server";
import type { BatchFileFormat } from "@/lib/refunds/batch";

const CONTENT_TYPES: Record<BatchFileFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export function formatParam(request: Request): BatchFileFormat {
  return new URL(request.url).searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
}

/** The Node stream as the web stream a Response takes, read only as fast as the client downloads. */
function webStream(stream: Readable): ReadableStream<Uint8Array> {
  const chunks = stream[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(typeof value === "string" ? encoder.encode(value) : new Uint8Array(value));
    },
    cancel() {
      stream.destroy();
    },
  });
}

/** A file download: private (it is the merchant's data), never cached, saved under `fileName`. */
export function downloadResponse(stream: Readable, format: BatchFileFormat, fileName: string): Response {
  return new Response(webStream(stream), {
    headers: {
      "content-type": CONTENT_TYPES[format],
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "private, no-store",
    },
  });
}

/** A download refused: not a member, or without refunds.create (403), or not this merchant's file (404). */
export async function refusalResponse(kind: "no-merchant" | "refused" | "not-found"): Promise<Response> {
  const t = await getTranslations("refunds.download");
  const [status, text] = kind === "not-found" ? [404, t("notFound")] : [403, t("forbidden")];
  return new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}
