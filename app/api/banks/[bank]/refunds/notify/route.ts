import { db } from "@/lib/db";
import { handleRefundNotification } from "@/lib/refunds";
import { ackResponse, inboundMessageOf } from "@/lib/bank-gateway/receive-bank-message";
import { kickWorker } from "@/lib/jobs/process-worker";

// A bank's signed refund result (see lib/bank-gateway/urls.ts bankRefundNotifyUrl).
export async function POST(request: Request, { params }: { params: Promise<{ bank: string }> }) {
  const { bank } = await params;
  const ack = await handleRefundNotification(db, bank, await inboundMessageOf(request));
  kickWorker();
  return ackResponse(ack);
}
