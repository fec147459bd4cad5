// The gateway's side of every bank: one connector per bank turns these internal messages into that
// bank's wire protocol and back. Nothing here carries a card number or password: shoppers type those on
// the bank's own page only.

/** Signs what the gateway sends to banks with the platform key (base64 RSASSA-PKCS1-v1_5 SHA-256). */
export interface PlatformSigner {
  sign(data: string): string | Promise<string>;
}

export interface ConnectorDeps {
  /** The bank's base URL, e.g. http://127.0.0.1:4101 (no trailing slash needed). */
  baseUrl: string;
  signer: PlatformSigner;
  /** Pins the bank's public key (PEM); otherwise it is fetched from <baseUrl>/.well-known/bank-key.pem. */
  bankPublicKeyPem?: string;
  fetch?: typeof fetch;
  /** Timeout of each server-to-server call. Default 10 s. */
  timeoutMs?: number;
  /** The time written on outgoing messages. Banks check it against their own clocks: keep it real. */
  now?: () => Date;
}

export interface PaymentRedirectInput {
  attemptId: string;
  /** In minor units (fen). */
  amount: bigint;
  currency: string;
  merchantName: string;
  subject: string;
  /** Where the bank sends the shopper's browser back (GET query or POST form: accept both). */
  returnUrl: string;
  /** Where the bank POSTs its signed asynchronous result. */
  notifyUrl: string;
  expiresAt: Date;
}

/** How to send the shopper to the bank: a 302 to `url`, or a form (with a visible submit button). */
export type PaymentRedirect =
  { method: "GET"; url: string } | { method: "POST"; url: string; fields: Record<string, string> };

/** A server-to-server message from a bank, exactly as received. */
export interface InboundMessage {
  body: string;
  contentType?: string;
  query?: URLSearchParams;
}

/** The parameters of the shopper's return: the query string, the form body, or both merged. */
export type ReturnParams = URLSearchParams | Record<string, string>;

/** What every verified bank message carries besides its content. */
export interface BankMessageMeta {
  /** The bank's code in the registry. */
  bank: string;
  /** Identifies this message; a bank's retries of one notification carry the same id (for dedupe). */
  messageId: string;
  /** The bank's own result code, kept for audit and support. */
  bankResultCode: string;
  /** The verified message text as received, for the audit trail. */
  raw: string;
}

export type DeclineReason = "insufficient_funds" | "wrong_password" | "card_unknown" | "expired" | "other";

export type PaymentResult = BankMessageMeta & { kind: "payment"; attemptId: string } & (
    | { status: "approved"; bankTxnId: string; amount: bigint; currency: string; paidAt: Date }
    | { status: "declined"; declineReason: DeclineReason; bankTxnId?: string; amount?: bigint }
    | { status: "pending"; amount?: bigint }
    | { status: "not_found" }
  );

/** The brief's name for a payment result. */
export type BankResult = PaymentResult;

export interface RefundRequestInput {
  refundId: string;
  attemptId: string;
  /** The bank's transaction id of the payment, when known; banks check it against the attempt. */
  bankTxnId?: string;
  amount: bigint;
  currency: string;
  notifyUrl: string;
}

export type RefundRejectReason =
  "exceeds_refundable" | "payment_not_found" | "payment_not_approved" | "conflict" | "invalid";

/**
 * `rejected`: the bank refused the request and nothing happened (safe to treat as failed).
 * `failed`: the bank accepted it and then could not pay it back.
 */
export type RefundResult = BankMessageMeta & { kind: "refund"; refundId: string } & (
    | { status: "processing"; bankRefundId: string; amount: bigint }
    | { status: "succeeded"; bankRefundId: string; amount: bigint; completedAt: Date }
    | { status: "failed"; bankRefundId: string; amount: bigint; failReason: "insufficient_funds" | "other" }
    | { status: "rejected"; rejectReason: RefundRejectReason }
    | { status: "not_found" }
  );

export interface PayoutRequestInput {
  payoutId: string;
  accountNumber: string;
  accountName: string;
  amount: bigint;
  currency: string;
  notifyUrl: string;
}

export type PayoutFailReason = "account_unknown" | "insufficient_funds" | "other";

export type PayoutResult = BankMessageMeta & { kind: "payout"; payoutId: string } & (
    | { status: "processing"; bankPayoutId: string; amount: bigint }
    | { status: "succeeded"; bankPayoutId: string; amount: bigint; completedAt: Date }
    | { status: "failed"; bankPayoutId: string; amount: bigint; failReason: PayoutFailReason }
    | { status: "rejected"; rejectReason: "conflict" | "invalid" }
    | { status: "not_found" }
  );

/** The HTTP answer that tells a bank its notification arrived (it retries until it gets a 2xx). */
export interface NotificationAck {
  status: number;
  contentType: string;
  body: string;
}

export type SettlementKind = "payment" | "refund" | "payout";

/** One line of a bank's daily settlement file, verified and parsed. */
export interface SettlementLine {
  kind: SettlementKind;
  /** The gateway's own id: attempt id (payments), refund id or payout id. */
  reference: string;
  /** The bank's reference: transaction, refund or payout number. */
  bankRef: string;
  amount: bigint;
  /** What the bank charged for this line. */
  fee: bigint;
  status: "succeeded" | "failed";
  at: Date;
}

/** The file's own trailer: line count and totals (checked against its lines when the file is opened). */
export interface SettlementSummary {
  count: number;
  totalAmount: bigint;
  totalFee: bigint;
}

/**
 * A settlement file whose signature has been verified over the whole file. `lines()` streams its lines
 * in the file's order (strictly ascending reference) without holding the file in memory; `close()`
 * removes the local copy.
 */
export interface SettlementFile {
  bank: string;
  /** The business day, YYYY-MM-DD (Asia/Shanghai). */
  date: string;
  summary: SettlementSummary;
  /** SHA-256 (hex) of the signed bytes: identifies the exact file a reconciliation was run on. */
  sha256: string;
  lines(): AsyncIterable<SettlementLine>;
  close(): Promise<void>;
}

/** The bytes of a settlement file, from the start, each time it is called (a file is read twice). */
export type SettlementSource = () => AsyncIterable<Uint8Array>;

/**
 * What a bank charges, per its contract: basis points of each payment and each refund, rounded half-up
 * to the fen, and a flat fee per payout. Failed movements are free.
 */
export interface BankFeeRule {
  paymentBps: number;
  refundBps: number;
  payoutFen: bigint;
}

/**
 * One bank. Every `parse…` and every answer of a `query…`/`request…` is verified against the bank's
 * public key first; anything forged, tampered or malformed throws BankError and changes nothing.
 */
export interface BankConnector {
  readonly code: string;
  readonly notificationAck: NotificationAck;
  buildPaymentRedirect(input: PaymentRedirectInput): Promise<PaymentRedirect>;
  parseReturn(params: ReturnParams): Promise<PaymentResult>;
  parseNotification(message: InboundMessage): Promise<PaymentResult>;
  queryPayment(attemptId: string): Promise<PaymentResult>;
  requestRefund(input: RefundRequestInput): Promise<RefundResult>;
  parseRefundNotification(message: InboundMessage): Promise<RefundResult>;
  queryRefund(refundId: string): Promise<RefundResult>;
  requestPayout(input: PayoutRequestInput): Promise<PayoutResult>;
  parsePayoutNotification(message: InboundMessage): Promise<PayoutResult>;
  queryPayout(payoutId: string): Promise<PayoutResult>;
  /** Downloads the day's settlement file (authenticated with the platform key) and verifies it. */
  fetchSettlementFile(date: string): Promise<SettlementFile>;
  /** Verifies and opens a settlement file obtained some other way (an upload, a file on disk). */
  readSettlementFile(date: string, source: SettlementSource): Promise<SettlementFile>;
}

/** A bank the gateway can connect to: one registry entry plus its connector factory. */
export interface BankDescriptor {
  code: string;
  name: { zh: string; en: string };
  /** Brand colour (white text on it has at least 4.5:1 contrast). */
  colour: string;
  /** Where the bank is when configuration does not say otherwise. */
  defaultUrl: string;
  wireFormat: string;
  fees: BankFeeRule;
  createConnector(deps: ConnectorDeps): BankConnector;
}
