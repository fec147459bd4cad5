import { randomUUID } from "node:crypto";
import { createBankKey } from "../bank-key";
import { BankError } from "../errors";
import { paramsRecord } from "../fields";
import { settlementMethods } from "../settlement/settlement-methods";
import { bankUrl, createTransport } from "../transport";
import type { BankConnector, ConnectorDeps, InboundMessage } from "../types";
import { encodeIcmb, readIcmb, splitIcmb, type IcmbDocument } from "./codec";
import { ICMB_CNY, paymentResult, payoutResult, refundResult } from "./results";
import { parseIcmbSettlementLine } from "./settlement";

const BANK = "icmb";
const XML = "application/xml; charset=utf-8";

interface Verified {
  doc: IcmbDocument;
  meta: { bank: string; messageId: string; raw: string };
}

/** ICMB speaks signed XML; the browser carries it base64-encoded in form posts both ways. */
export function createIcmbConnector(deps: ConnectorDeps): BankConnector {
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

  const request = (txCode: string, body: Record<string, string>): Promise<string> =>
    encodeIcmb(
      { root: "Request", head: { TxCode: txCode, MsgId: randomUUID(), SendTime: now().toISOString() }, body },
      async (data) => deps.signer.sign(data),
    );

  /** Verifies a document from the bank and checks it is the kind we expect. */
  async function verified(xml: string, root: "Response" | "Notify", txCode: string): Promise<Verified> {
    const { root: actual, signed, signature } = splitIcmb(xml);
    if (!(await key.verify(signed, signature)))
      throw new BankError("signature_invalid", "the ICMB signature does not verify", BANK);
    const doc = readIcmb(actual, signed);
    if (root === "Response" && doc.head.TxCode === "ERROR") {
      throw new BankError(
        "refused",
        `ICMB refused the request: ${doc.body.ErrCode ?? ""} ${doc.body.ErrMsg ?? ""}`,
        BANK,
      );
    }
    if (actual !== root || doc.head.TxCode !== txCode) {
      throw new BankError(
        "unexpected_message",
        `expected ${root} ${txCode}, got ${actual} ${doc.head.TxCode ?? ""}`,
        BANK,
      );
    }
    return { doc, meta: { bank: BANK, messageId: doc.head.MsgId ?? signature.slice(0, 32), raw: xml } };
  }

  async function exchange(
    txCode: string,
    body: Record<string, string>,
    answerCode: string,
  ): Promise<Verified> {
    const reply = await transport.post("/ebank/api", await request(txCode, body), XML);
    return verified(reply, "Response", answerCode);
  }

  function curType(currency: string): string {
    if (currency !== "CNY") throw new BankError("unsupported", `ICMB only takes CNY, not ${currency}`, BANK);
    return ICMB_CNY;
  }

  function sameId(expected: string, actual: string): void {
    if (expected !== actual)
      throw new BankError("unexpected_message", `the answer is about ${actual}, not ${expected}`, BANK);
  }

  return {
    code: BANK,
    notificationAck: { status: 200, contentType: "text/plain; charset=utf-8", body: "OK" },
    ...settlementMethods({ bank: BANK, deps, key, parse: parseIcmbSettlementLine }),

    async buildPaymentRedirect(input) {
      const xml = await request("PAY", {
        OrderId: input.attemptId,
        Amount: input.amount.toString(),
        CurType: curType(input.currency),
        MerName: input.merchantName,
        GoodsName: input.subject,
        MerURL: input.returnUrl,
        NotifyURL: input.notifyUrl,
        ExpireTime: input.expiresAt.toISOString(),
      });
      return {
        method: "POST",
        url: bankUrl(deps.baseUrl, "/ebank/b2c/pay"),
        fields: {
          interfaceName: "ICMB_B2C_PAY",
          interfaceVersion: "1.0",
          tranData: Buffer.from(xml, "utf8").toString("base64"),
        },
      };
    },

    async parseReturn(params) {
      const notifyData = paramsRecord(BANK, params).notifyData;
      if (!notifyData) throw new BankError("malformed", "notifyData is missing", BANK);
      const { doc, meta } = await verified(
        Buffer.from(notifyData, "base64").toString("utf8"),
        "Notify",
        "PAYRESULT",
      );
      return paymentResult(meta, doc.body);
    },

    async parseNotification(message: InboundMessage) {
      const { doc, meta } = await verified(message.body, "Notify", "PAYRESULT");
      return paymentResult(meta, doc.body);
    },

    async queryPayment(attemptId) {
      const { doc, meta } = await exchange("QUERY", { OrderId: attemptId }, "PAYRESULT");
      const result = paymentResult(meta, doc.body);
      sameId(attemptId, result.attemptId);
      return result;
    },

    async requestRefund(input) {
      const { doc, meta } = await exchange(
        "REFUND",
        {
          RefundId: input.refundId,
          OrderId: input.attemptId,
          ...(input.bankTxnId ? { BankSerialNo: input.bankTxnId } : {}),
          Amount: input.amount.toString(),
          CurType: curType(input.currency),
          NotifyURL: input.notifyUrl,
        },
        "REFUNDRESULT",
      );
      const result = refundResult(meta, doc.body);
      sameId(input.refundId, result.refundId);
      return result;
    },

    async parseRefundNotification(message) {
      const { doc, meta } = await verified(message.body, "Notify", "REFUNDRESULT");
      return refundResult(meta, doc.body);
    },

    async queryRefund(refundId) {
      const { doc, meta } = await exchange("REFUNDQUERY", { RefundId: refundId }, "REFUNDRESULT");
      const result = refundResult(meta, doc.body);
      sameId(refundId, result.refundId);
      return result;
    },

    async requestPayout(input) {
      const { doc, meta } = await exchange(
        "PAYOUT",
        {
          PayoutId: input.payoutId,
          AccountNo: input.accountNumber,
          AccountName: input.accountName,
          Amount: input.amount.toString(),
          CurType: curType(input.currency),
          NotifyURL: input.notifyUrl,
        },
        "PAYOUTRESULT",
      );
      const result = payoutResult(meta, doc.body);
      sameId(input.payoutId, result.payoutId);
      return result;
    },

    async parsePayoutNotification(message) {
      const { doc, meta } = await verified(message.body, "Notify", "PAYOUTRESULT");
      return payoutResult(meta, doc.body);
    },

    async queryPayout(payoutId) {
      const { doc, meta } = await exchange("PAYOUTQUERY", { PayoutId: payoutId }, "PAYOUTRESULT");
      const result = payoutResult(meta, doc.body);
      sameId(payoutId, result.payoutId);
      return result;
    },
  };
}
