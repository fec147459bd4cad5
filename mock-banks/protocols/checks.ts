import type { GatewayKeySource } from "../core/gateway-key";
import { ProtocolError } from "./types";

// Checks every protocol applies to what the gateway sends, whatever the encoding.

/** Server-to-server requests older (or newer) than this are refused, which bounds replays. */
export const FRESHNESS_MS = 300_000;

export async function requireGatewaySignature(
  key: GatewayKeySource,
  data: string,
  signature: string,
): Promise<void> {
  if (!(await key.verify(data, signature)))
    throw new ProtocolError("signature", "the gateway's signature is invalid");
}

export function requireFresh(sentAt: Date): void {
  if (Number.isNaN(sentAt.getTime()) || Math.abs(Date.now() - sentAt.getTime()) > FRESHNESS_MS) {
    throw new ProtocolError("stale", "the request's time is outside the accepted window");
  }
}

export function requireId(value: string | undefined, field: string): string {
  if (value === undefined || !/^[A-Za-z0-9_-]{1,64}$/.test(value)) throw malformed(field);
  return value;
}

export function requireFen(value: string | undefined, field: string): bigint {
  if (value === undefined || !/^\d{1,15}$/.test(value)) throw malformed(field);
  const fen = BigInt(value);
  if (fen <= 0n || fen > 100_000_000_000n) throw malformed(field);
  return fen;
}

export function requireText(value: string | undefined, field: string, max = 128): string {
  if (value === undefined || value.trim() === "" || [...value].length > max) throw malformed(field);
  return value;
}

export function requireUrl(value: string | undefined, field: string): string {
  if (value !== undefined && URL.canParse(value)) {
    const { protocol } = new URL(value);
    if (protocol === "http:" || protocol === "https:") return value;
  }
  throw malformed(field);
}

export function requireDate(value: Date, field: string): Date {
  if (Number.isNaN(value.getTime())) throw malformed(field);
  return value;
}

export function malformed(field: string): ProtocolError {
  return new ProtocolError("malformed", `field ${field} is missing or invalid`);
}
