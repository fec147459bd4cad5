import type { GatewayKeySource } from "../core/gateway-key";
import type { SettlementFormat } from "../core/settlement";
import type {
  BankOperations,
  BrowserHop,
  DecidedPayment,
  PaymentRequest,
  PayoutView,
  RefundView,
  WireMessage,
} from "../core/types";

export interface ProtocolDeps {
  /** Signs with this bank's private key (base64 RSA-SHA256). */
  sign(data: string): string;
  gatewayKey: GatewayKeySource;
  ops: BankOperations;
}

/** One bank's wire format: how its pages and its server-to-server API read and write messages. */
export interface BankProtocol {
  readonly wireFormat: string;
  /** pay: where the shopper lands (GET or POST); confirm: the card form's target; api: server-to-server. */
  readonly paths: { pay: string; confirm: string; api: string };
  /** The encoded payment request carried by the shopper's browser, if this request has one. */
  paymentTicket(input: { query: URLSearchParams; form: URLSearchParams }): string | undefined;
  /** Verifies the gateway's signature and reads the request; throws ProtocolError. */
  decodePaymentRequest(ticket: string): Promise<PaymentRequest>;
  paymentReturn(view: DecidedPayment, returnUrl: string): BrowserHop;
  paymentNotification(view: DecidedPayment): WireMessage;
  refundNotification(view: RefundView): WireMessage;
  payoutNotification(view: PayoutView): WireMessage;
  /** Answers one signed server-to-server request (status query, refund, payout) with a signed reply. */
  handleApi(body: string): Promise<WireMessage>;
  /** The layout of this bank's daily settlement file. */
  readonly settlement: SettlementFormat;
}

export type ProtocolFailure = "signature" | "malformed" | "stale" | "unsupported";

export class ProtocolError extends Error {
  constructor(
    readonly reason: ProtocolFailure,
    message: string,
  ) {
    super(message);
    this.name = "ProtocolError";
  }
}
