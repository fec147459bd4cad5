import type { BankEvent } from "./events";
import type { Scheduler } from "./scheduler";
import type { BankState } from "./state";
import type { DecidedPayment, PayoutView, RefundView } from "./types";

/** Sends the bank's asynchronous results to the gateway, in whatever wire format this bank speaks. */
export interface Notifier {
  payment(view: DecidedPayment, url: string): void;
  refund(view: RefundView, url: string): void;
  payout(view: PayoutView, url: string): void;
}

/** What the bank's desks (payments, refunds, payouts) share: its books and its machinery. */
export interface BankCore {
  readonly state: BankState;
  readonly scheduler: Scheduler;
  readonly notifier: Notifier;
  readonly slowMs: number;
  readonly asyncDelayMs: number;
  record(event: BankEvent): void;
  /** A new bank reference (transaction, refund or payout number) in this bank's own style. */
  newRef(): string;
  log(line: string): void;
}
