import { findCard } from "./cards";
import type { BankCore } from "./core";
import { maskNumber } from "./mask";
import { formatYuan } from "./money";
import type { PayoutRecord } from "./state";
import type { PayoutRequest, PayoutView } from "./types";

/**
 * Transfers from the gateway's account at this bank to a card or account (merchant and wallet
 * withdrawals). Only this bank's own cards can receive; anything else fails as an unknown account.
 */
export class PayoutDesk {
  constructor(private readonly core: BankCore) {}

  view(payoutId: string): PayoutView {
    const payout = this.core.state.payouts.get(payoutId);
    return payout ? recordView(payout) : { payoutId, status: "not_found" };
  }

  request(request: PayoutRequest): PayoutView {
    const { payoutId } = request;
    const card = findCard(request.accountNumber);
    const last4 = request.accountNumber.slice(-4);
    const existing = this.core.state.payouts.get(payoutId);
    if (existing) {
      const same =
        existing.amount === request.amount &&
        existing.accountLast4 === last4 &&
        existing.cardId === card?.id &&
        existing.accountName === request.accountName;
      return same ? recordView(existing) : { payoutId, status: "rejected", rejectReason: "conflict" };
    }
    const name = request.accountName.trim();
    const valid =
      /^\d{12,19}$/.test(request.accountNumber) &&
      name.length >= 1 &&
      name.length <= 64 &&
      request.amount > 0n &&
      request.currency === "CNY";
    if (!valid) return { payoutId, status: "rejected", rejectReason: "invalid" };
    this.core.record({
      t: "payout.accepted",
      at: new Date().toISOString(),
      payoutId,
      accountLast4: last4,
      ...(card ? { cardId: card.id } : {}),
      accountName: request.accountName,
      amount: request.amount.toString(),
      bankPayoutId: this.core.newRef(),
      notifyUrl: request.notifyUrl,
    });
    this.core.log(
      `payout ${payoutId} ${formatYuan(request.amount)} to ${maskNumber(request.accountNumber)}: accepted`,
    );
    this.core.scheduler.later(this.core.asyncDelayMs, () => this.complete(payoutId));
    return this.view(payoutId);
  }

  resume(): void {
    for (const payout of this.core.state.payouts.values()) {
      if (!payout.completion)
        this.core.scheduler.later(this.core.asyncDelayMs, () => this.complete(payout.payoutId));
    }
  }

  private complete(payoutId: string): void {
    const payout = this.core.state.payouts.get(payoutId);
    if (!payout || payout.completion) return;
    const failReason = !payout.cardId
      ? "account_unknown"
      : this.core.state.settlementBalance < payout.amount
        ? "insufficient_funds"
        : undefined;
    this.core.record({
      t: "payout.completed",
      at: new Date().toISOString(),
      payoutId,
      status: failReason ? "failed" : "succeeded",
      ...(failReason ? { failReason } : {}),
    });
    this.core.log(`payout ${payoutId}: ${failReason ? `failed (${failReason})` : "succeeded"}`);
    this.core.notifier.payout(this.view(payoutId), payout.notifyUrl);
  }
}

function recordView(payout: PayoutRecord): PayoutView {
  const completion = payout.completion;
  return {
    payoutId: payout.payoutId,
    status: completion?.status ?? "processing",
    amount: payout.amount,
    currency: "CNY",
    bankPayoutId: payout.bankPayoutId,
    ...(completion?.failReason ? { failReason: completion.failReason } : {}),
    ...(completion ? { completedAt: completion.at } : {}),
  };
}
