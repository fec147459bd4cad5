import { db } from "@/lib/db";
import { handleBankNotification } from "@/lib/bank-gateway/handle-bank-notification";
import { kickWorker } from "@/lib/jobs/process-worker";

export async function POST(request: Request, { params }: { params: Promise<{ bank: string }> }) {
  const { bank } = await params;
  const ack = await handleBankNotification(db, bank, {
    body: await request.text(),
    contentType: request.headers.get("content-type") ?? undefined,
    query: new URL(request.url).searchParams,
  });
  kickWorker();
  return new Response(ack.body, { status: ack.status, headers: { "content-type": ack.contentType } });
}
