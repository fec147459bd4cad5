import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { handleBankReturn } from "@/lib/bank-gateway/handle-bank-return";
import { env } from "@/lib/env";

async function paramsOf(request: Request): Promise<URLSearchParams> {
  const params = new URL(request.url).searchParams;
  if (request.method === "POST") {
    const form = new URLSearchParams(await request.text());
    form.forEach((value, key) => params.set(key, value));
  }
  return params;
}

// GET or POST: banks send the shopper back either way, and POST comes cross-site (no cookies needed:
// the bank's signature is the proof).
async function handle(request: Request, { params }: { params: Promise<{ bank: string }> }) {
  const { bank } = await params;
  const destination = await handleBankReturn(db, bank, await paramsOf(request));
  if (destination.kind === "merchant") return NextResponse.redirect(destination.url, 303);
  if (destination.kind === "checkout") {
    const url = new URL(`/pay/${encodeURIComponent(destination.checkoutToken)}`, env.APP_URL);
    if (destination.declined) url.searchParams.set("declined", destination.declined);
    return NextResponse.redirect(url, 303);
  }
  return new NextResponse("This bank response could not be verified.", {
    status: 400,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}

export { handle as GET, handle as POST };
