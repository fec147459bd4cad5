import path from "node:path";
import type { BankProtocol, ProtocolDeps } from "../protocols/types";
import { findCard } from "./cards";
import type { BankCore, Notifier } from "./core";
import type { BankEvent } from "./events";
import type { GatewayKeySource } from "./gateway-key";
import type { Branding } from "./html";
import { Journal } from "./journal";
import { loadOrCreateKeys, type BankKeys } from "./keys";
import { Outbox, type OutboxOptions } from "./outbox";
import { PaymentDesk } from "./payments";
import { PayoutDesk } from "./payouts";
import { RefundDesk } from "./refunds";
import { Scheduler } from "./scheduler";
import { dayRecords, signedSettlementFile, type FeeRule } from "./settlement";
import { applySettlementFaults, type SettlementFault } from "./settlement-faults";
import { BankState } from "./state";

/** Who a bank is: everything that differs between banks apart from their state. */
export interface BankProfile extends Branding {
  code: string;
  defaultPort: number;
  createProtocol(deps: ProtocolDeps): BankProtocol;
  /** A fresh reference number in the bank's own style. */
  newRef(): string;
  /** What the bank charges per movement; its settlement files show the fee of every line. */
  fees: FeeRule;
}

export interface BankRuntimeOptions {
  /** This bank's own directory: keys and journal. */
  dataDir: string;
  gatewayKey: GatewayKeySource;
  slowMs: number;
  asyncDelayMs: number;
  /** Whether test controls (POST /test/settlement-faults) are served. */
  testControls: boolean;
  outbox: OutboxOptions;
  log(line: string): void;
}

/** One bank: its keys, its books (replayed from its journal), its desks and its wire protocol. */
export class MockBank {
  readonly keys: BankKeys;
  readonly state = new BankState();
  readonly payments: PaymentDesk;
  readonly refunds: RefundDesk;
  readonly payouts: PayoutDesk;
  readonly protocol: BankProtocol;
  readonly gatewayKey: GatewayKeySource;
  readonly testControls: boolean;
  private readonly journal: Journal<BankEvent>;
  private readonly scheduler: Scheduler;
  private readonly outbox: Outbox;
  private readonly record: (event: BankEvent) => void;
  private readonly log: (line: string) => void;

  constructor(
    readonly profile: BankProfile,
    options: BankRuntimeOptions,
  ) {
    this.keys = loadOrCreateKeys(options.dataDir);
    this.gatewayKey = options.gatewayKey;
    this.testControls = options.testControls;
    this.journal = new Journal(path.join(options.dataDir, "journal.jsonl"));
    for (const event of this.journal.replay()) this.state.apply(event);
    const log = (line: string) => options.log(`[${profile.code}] ${line}`);
    this.log = log;
    this.scheduler = new Scheduler((error) => log(`background task failed: ${String(error)}`));
    const record = (event: BankEvent) => {
      this.journal.append(event);
      this.state.apply(event);
    };
    this.record = record;
    this.outbox = new Outbox({ state: this.state, scheduler: this.scheduler, record, log }, options.outbox);
    const notifier: Notifier = {
      payment: (view, url) =>
        this.outbox.enqueue(`payment ${view.attemptId}`, url, this.protocol.paymentNotification(view)),
      refund: (view, url) =>
        this.outbox.enqueue(`refund ${view.refundId}`, url, this.protocol.refundNotification(view)),
      payout: (view, url) =>
        this.outbox.enqueue(`payout ${view.payoutId}`, url, this.protocol.payoutNotification(view)),
    };
    const core: BankCore = {
      state: this.state,
      scheduler: this.scheduler,
      notifier,
      slowMs: options.slowMs,
      asyncDelayMs: options.asyncDelayMs,
      record,
      newRef: () => this.uniqueRef(),
      log,
    };
    this.payments = new PaymentDesk(core);
    this.refunds = new RefundDesk(core);
    this.payouts = new PayoutDesk(core);
    this.protocol = profile.createProtocol({
      sign: (data) => this.keys.sign(data),
      gatewayKey: options.gatewayKey,
      ops: {
        paymentStatus: (id) => this.payments.view(id),
        requestRefund: (request) => this.refunds.request(request),
        refundStatus: (id) => this.refunds.view(id),
        requestPayout: (request) => this.payouts.request(request),
        payoutStatus: (id) => this.payouts.view(id),
      },
    });
  }

  /** Resumes what was in flight when the bank last stopped: notifications, refunds, payouts. */
  resume(): void {
    this.outbox.resume();
    this.refunds.resume();
    this.payouts.resume();
  }

  stop(): void {
    this.scheduler.stop();
    this.journal.close();
  }

  /** A test card's balance at this bank (for tests and the operator; never exposed over HTTP). */
  balanceOf(cardNumber: string): bigint | undefined {
    const card = findCard(cardNumber);
    return card ? this.state.balances.get(card.id) : undefined;
  }

  /** The signed settlement file of a business day (YYYY-MM-DD, Beijing time), as chunks of text. */
  settlementFile(date: string): { contentType: string; chunks: Iterable<string> } {
    const format = this.protocol.settlement;
    const records = applySettlementFaults(
      dayRecords(this.state, date, this.profile.fees),
      this.state.settlementFaults.get(date) ?? [],
      { date, fees: this.profile.fees, newRef: () => this.profile.newRef() },
    );
    return {
      contentType: format.contentType,
      chunks: signedSettlementFile(format, { date, records }, this.keys.signer()),
    };
  }

  /** Test control: the mistakes the settlement file of `date` will show from now on (none: `[]`). */
  setSettlementFaults(date: string, faults: SettlementFault[]): void {
    this.record({ t: "settlement.faults", at: new Date().toISOString(), date, faults });
    this.log(`settlement file ${date}: ${faults.length} fault(s) injected`);
  }

  private uniqueRef(): string {
    for (;;) {
      const ref = this.profile.newRef();
      if (!this.state.refs.has(ref)) return ref;
    }
  }
}
