import { randomInt } from "node:crypto";
import { createBankKey } from "../bank-key";
import { BankError } from "../errors";
import { paramsRecord } from "../fields";
import { settlementMethods } from "../settlement/settlement-methods";
import { bankUrl, createTransport } from "../transport";
import type { BankConnector, ConnectorDeps } from "../types";
import { ccmbTime, packIso, unpackIso, type IsoFrame } from "./iso8583";
import { CCMB_CNY, paymentResult, payoutResult, PROCESSING, refundResult, refusal } from "./results";
import { parseCcmbSettlementLine } from "./settlement";

const BANK = "ccmb";
const ISO = "application/x-iso8583; charset=utf-8";
const MTI = {
  request: "0200",
  response: "0210",
  inquiry: "0100",
  inquiryResponse: "0110",
  advice: "0220",
} as const;

interface Verified {
  frame: IsoFrame;
  meta: { bank: string; messageId: string; raw: string };
}

/** CCMB speaks ISO 8583-style fixed fields; the browser carries them base64url-encoded in `msg`. */
export function createCcmbConnector(deps: ConnectorDeps): BankConnector {
  const key = createBankKey({
    bank: BANK,
    baseUrl: deps.baseUrl,
    pem: deps.bankPublicKeyPem,
    fetch: deps.fetch,
    timeoutMs: deps.timeoutMs,
  });
  const transport = createTransport({
    bank: BANK,
    baseUrl: deps.baseUrl,
    fetch: deps.fetch,
    timeoutMs: deps.timeoutMs,
  });
  const now = deps.now ?? (() => new Date());

  const pack = (mti: string, fields: [number, string][]): Promise<string> => {
    const trace: [number, string][] = [
      [7, ccmbTime(now())],
      [11, String(randomInt(0, 1_000_000)).padStart(6, "0")],
    ];
    return packIso({ mti, fields: new Map([...trace, ...fields]) }, async (data) => deps.signer.sign(data));
  };

  async function verified(text: string, mti: string): Promise<Verified> {
    const { frame, signed, signature } = unpackIso(text);
    if (!(await key.verify(signed, signature)))
      throw new BankError("signature_invalid", "the CCMB signature does not verify", BANK);
    const refused = refusal(frame);
    if (refused) throw refused;
    if (frame.mti !== mti)
      throw new BankError("unexpected_message", `expected MTI ${mti}, got ${frame.mti}`, BANK);
    const f = frame.fields;
    const messageId = [frame.mti, f.get(7), f.get(11), f.get(37) ?? ""].join(":");
    return { frame, meta: { bank: BANK, messageId, raw: text } };
  }

  async function exchange(mti: string, fields: [number, string][], answerMti: string): Promise<Verified> {
    return verified(await transport.post("/iso8583", await pack(mti, fields), ISO), answerMti);
  }

  function sameId(expected: string, actual: string): void {
    if (expected !== actual)
      throw new BankError("unexpected_message", `the answer is about ${actual}, not ${expected}`, BANK);
  }

  function cny(currency: string): string {
    if (currency !== "CNY") throw new BankError("unsupported", `CCMB only takes CNY, not ${currency}`, BANK);
    return CCMB_CNY;
  }

  return {
    code: BANK,
    notificationAck: { status: 200, contentType: "text/plain; charset=utf-8", body: "00" },
    ...settlementMethods({ bank: BANK, deps, key, parse: parseCcmbSettlementLine }),

    async buildPaymentRedirect(input) {
      const message = await pack(MTI.request, [
        [3, PROCESSING.purchase],
        [4, input.amount.toString()],
        [14, ccmbTime(input.expiresAt)],
        [43, input.merchantName],
        [48, input.subject],
        [49, cny(input.currency)],
        [60, input.attemptId],
        [62, input.returnUrl],
        [63, input.notifyUrl],
      ]);
      const url = new URL(bankUrl(deps.baseUrl, "/netpay"));
      url.searchParams.set("msg", Buffer.from(message, "utf8").toString("base64url"));
      return { method: "GET", url: url.toString() };
    },

    async parseReturn(params) {
      const msg = paramsRecord(BANK, params).msg;
      if (!msg) throw new BankError("malformed", "msg is missing", BANK);
      const { frame, meta } = await verified(Buffer.from(msg, "base64url").toString("utf8"), MTI.response);
      return paymentResult(meta, frame);
    },

    async parseNotification(message) {
      const { frame, meta } = await verified(message.body, MTI.advice);
      return paymentResult(meta, frame);
    },

    async queryPayment(attemptId) {
      const { frame, meta } = await exchange(
        MTI.inquiry,
        [
          [3, PROCESSING.purchase],
          [60, attemptId],
        ],
        MTI.inquiryResponse,
      );
      const result = paymentResult(meta, frame);
      sameId(attemptId, result.attemptId);
      return result;
    },

    async requestRefund(input) {
      const { frame, meta } = await exchange(
        MTI.request,
        [
          [3, PROCESSING.refund],
          [4, input.amount.toString()],
          ...(input.bankTxnId ? ([[37, input.bankTxnId]] as [number, string][]) : []),
          [49, cny(input.currency)],
          [60, input.attemptId],
          [61, input.refundId],
          [63, input.notifyUrl],
        ],
        MTI.response,
      );
      const result = refundResult(meta, frame, "request");
      sameId(input.refundId, result.refundId);
      return result;
    },

    async parseRefundNotification(message) {
      const { frame, meta } = await verified(message.body, MTI.advice);
      return refundResult(meta, frame, "advice");
    },

    async queryRefund(refundId) {
      const { frame, meta } = await exchange(
        MTI.inquiry,
        [
          [3, PROCESSING.refund],
          [61, refundId],
        ],
        MTI.inquiryResponse,
      );
      const result = refundResult(meta, frame, "inquiry");
      sameId(refundId, result.refundId);
      return result;
    },

    async requestPayout(input) {
      const { frame, meta } = await exchange(
        MTI.request,
        [
          [2, input.accountNumber],
          [3, PROCESSING.payout],
          [4, input.amount.toString()],
          [43, input.accountName],
          [49, cny(input.currency)],
          [61, input.payoutId],
          [63, input.notifyUrl],
        ],
        MTI.response,
      );
      const result = payoutResult(meta, frame);
      sameId(input.payoutId, result.payoutId);
      return result;
    },

    async parsePayoutNotification(message) {
      const { frame, meta } = await verified(message.body, MTI.advice);
      return payoutResult(meta, frame);
    },

    async queryPayout(payoutId) {
      const { frame, meta } = await exchange(
        MTI.inquiry,
        [
          [3, PROCESSING.payout],
          [61, payoutId],
        ],
        MTI.inquiryResponse,
      );
      const result = payoutResult(meta, frame);
      sameId(payoutId, result.payoutId);
      return result;
    },
  };
}
