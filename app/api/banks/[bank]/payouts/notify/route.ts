import { db } from "@/lib/db";
import { ackResponse, inboundMessageOf } from "@/lib/bank-gateway/receive-bank-message";
import { handlePayoutNotification } from "@/lib/withdrawals/handle-payout-notification";

// A bank's signed payout (merchant withdrawal) result; see lib/withdrawals/process-withdrawal.ts.
export async function POST(request: Request, { params }: { params: Promise<{ bank: string }> }) {
  const { bank } = await params;
  return ackResponse(await handlePayoutNotification(db, bank, await inboundMessageOf(request)));
}
