import { findCard, findCardById, passwordMatches } from "./cards";
import type { BankCore } from "./core";
import { maskNumber } from "./mask";
import { formatYuan } from "./money";
import type { PaymentRecord } from "./state";
import type { DecidedPayment, DeclineReason, PaymentRequest, PaymentView } from "./types";

export type OpenOutcome =
  | { kind: "open"; payment: PaymentRecord }
  | { kind: "decided"; payment: PaymentRecord; view: DecidedPayment; silent: boolean }
  | { kind: "conflict" };

export interface Decision {
  view: DecidedPayment;
  /** Card ...0003: neither the notification nor the shopper's return may reach the gateway. */
  silent: boolean;
}

/** The online-banking cashier: one attempt is decided at most once, whatever the shopper clicks. */
export class PaymentDesk {
  private readonly inFlight = new Map<string, Promise<Decision>>();

  constructor(private readonly core: BankCore) {}

  view(attemptId: string): PaymentView {
    const payment = this.core.state.payments.get(attemptId);
    if (!payment) return { attemptId, status: "not_found" };
    return (
      decidedView(payment) ?? {
        attemptId,
        status: "pending",
        amount: payment.amount,
        currency: payment.currency,
      }
    );
  }

  /** Records that the shopper reached the bank with a verified request (the attempt is now pending). */
  open(request: PaymentRequest): OpenOutcome {
    const existing = this.core.state.payments.get(request.attemptId);
    if (existing && !sameRequest(existing, request)) return { kind: "conflict" };
    if (!existing) {
      this.core.record({
        t: "payment.opened",
        at: new Date().toISOString(),
        ...request,
        amount: request.amount.toString(),
        expiresAt: request.expiresAt.toISOString(),
      });
    }
    const payment = this.core.state.payments.get(request.attemptId);
    if (!payment) throw new Error("payment.opened was not applied");
    const view = decidedView(payment);
    return view ? { kind: "decided", payment, view, silent: isSilent(payment) } : { kind: "open", payment };
  }

  /** Declines an attempt whose request expired before the shopper paid. */
  expire(payment: PaymentRecord): Decision {
    return this.decide(payment, { status: "declined", declineReason: "expired" });
  }

  async submit(payment: PaymentRecord, cardNumber: string, password: string): Promise<Decision> {
    const known = decidedView(payment);
    if (known) return { view: known, silent: isSilent(payment) };
    const running = this.inFlight.get(payment.attemptId);
    if (running) return running;
    const decision = this.authorise(payment, cardNumber, password);
    this.inFlight.set(payment.attemptId, decision);
    try {
      return await decision;
    } finally {
      this.inFlight.delete(payment.attemptId);
    }
  }

  private async authorise(payment: PaymentRecord, cardNumber: string, password: string): Promise<Decision> {
    const card = findCard(cardNumber);
    if (card?.behaviour === "slow") await this.core.scheduler.sleep(this.core.slowMs);
    if (new Date() > payment.expiresAt)
      return this.decide(payment, { status: "declined", declineReason: "expired" });
    if (!card) return this.decide(payment, { status: "declined", declineReason: "card_unknown" });
    if (!passwordMatches(card, password)) {
      return this.decide(payment, { status: "declined", declineReason: "wrong_password", cardId: card.id });
    }
    const balance = this.core.state.balances.get(card.id) ?? 0n;
    if (card.behaviour === "insufficient_funds" || balance < payment.amount) {
      return this.decide(payment, {
        status: "declined",
        declineReason: "insufficient_funds",
        cardId: card.id,
      });
    }
    return this.decide(payment, { status: "approved", cardId: card.id });
  }

  private decide(
    payment: PaymentRecord,
    outcome: { status: "approved" | "declined"; declineReason?: DeclineReason; cardId?: string },
  ): Decision {
    const card = outcome.cardId ? findCardById(outcome.cardId) : undefined;
    this.core.record({
      t: "payment.decided",
      at: new Date().toISOString(),
      attemptId: payment.attemptId,
      bankTxnId: this.core.newRef(),
      ...outcome,
      cardLast4: card?.number.slice(-4),
    });
    const view = decidedView(payment);
    if (!view) throw new Error("payment.decided was not applied");
    const silent = isSilent(payment);
    const who = card ? maskNumber(card.number) : "unknown card";
    const why = view.status === "declined" ? ` (${view.declineReason})` : "";
    this.core.log(`payment ${payment.attemptId} ${formatYuan(payment.amount)} ${who}: ${view.status}${why}`);
    // Only approvals are pushed; a declined shopper comes back through the browser, or the gateway asks.
    if (view.status === "approved" && !silent) this.core.notifier.payment(view, payment.notifyUrl);
    return { view, silent };
  }
}

function decidedView(payment: PaymentRecord): DecidedPayment | undefined {
  const decision = payment.decision;
  if (!decision) return undefined;
  const base = { attemptId: payment.attemptId, bankTxnId: decision.bankTxnId, amount: payment.amount };
  if (decision.status === "approved") {
    return { ...base, status: "approved", currency: payment.currency, paidAt: decision.at };
  }
  const declineReason = decision.declineReason ?? "other";
  return { ...base, status: "declined", currency: payment.currency, declineReason, decidedAt: decision.at };
}

function isSilent(payment: PaymentRecord): boolean {
  const cardId = payment.decision?.status === "approved" ? payment.decision.cardId : undefined;
  return cardId !== undefined && findCardById(cardId)?.behaviour === "lost_messages";
}

function sameRequest(payment: PaymentRecord, request: PaymentRequest): boolean {
  return (
    payment.amount === request.amount &&
    payment.currency === request.currency &&
    payment.returnUrl === request.returnUrl &&
    payment.notifyUrl === request.notifyUrl
  );
}
