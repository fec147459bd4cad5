import { headers } from "next/headers";
import { env } from "@/lib/env";

const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** The origin merchants reach this gateway at, from the request (or APP_URL when the host looks wrong). */
export async function requestOrigin(): Promise<string> {
  const configured = new URL(env.APP_URL);
  const h = await headers();
  const host = (h.get("x-forwarded-host") ?? h.get("host") ?? "").split(",")[0]?.trim() ?? "";
  if (!HOST.test(host)) return configured.origin;
  const forwarded = h.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const proto =
    forwarded === "http" || forwarded === "https"
      ? forwarded
      : host === configured.host
        ? configured.protocol.replace(":", "")
        : "https";
  return `${proto}://${host}`;
}
