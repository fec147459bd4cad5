import { db } from "@/lib/db";
import { handleBankNotification } from "@/lib/bank-gateway/handle-bank-notification";
import { ackResponse, inboundMessageOf } from "@/lib/bank-gateway/receive-bank-message";
import { kickWorker } from "@/lib/jobs/process-worker";

// A bank's signed payment result (see lib/bank-gateway/urls.ts bankNotifyUrl).
export async function POST(request: Request, { params }: { params: Promise<{ bank: string }> }) {
  const { bank } = await params;
  const ack = await handleBankNotification(db, bank, await inboundMessageOf(request));
  kickWorker();
  return ackResponse(ack);
}
