import { randomUUID } from "node:crypto";
import type { PaymentRequest, WireMessage } from "../../core/types";
import {
  malformed,
  requireDate,
  requireFen,
  requireFresh,
  requireGatewaySignature,
  requireId,
  requireText,
  requireUrl,
} from "../checks";
import { ProtocolError, type BankProtocol, type ProtocolDeps } from "../types";
import { decodeXml, encodeXml, type XmlMessage, type XmlRoot } from "./codec";
import { xmlSettlement } from "./settlement";
import { CURRENCY_CODE, paymentResultBody, payoutResultBody, refundResultBody } from "./messages";

const CONTENT_TYPE = "application/xml; charset=utf-8";

/** ICMB: signed XML. The browser carries base64 XML in form posts (tranData in, notifyData back). */
export function createXmlProtocol(deps: ProtocolDeps): BankProtocol {
  const write = (root: XmlRoot, txCode: string, body: Record<string, string>): string =>
    encodeXml(
      {
        root,
        head: { TxCode: txCode, MsgId: randomUUID(), SendTime: new Date().toISOString(), BankCode: "ICMB" },
        body,
      },
      deps.sign,
    );
  const reply = (txCode: string, body: Record<string, string>): WireMessage => ({
    contentType: CONTENT_TYPE,
    body: write("Response", txCode, body),
  });

  async function readRequest(xml: string): Promise<XmlMessage> {
    const { message, signed, signature } = decodeXml(xml);
    if (message.root !== "Request") throw new ProtocolError("malformed", "expected a Request document");
    await requireGatewaySignature(deps.gatewayKey, signed, signature);
    return message;
  }

  return {
    wireFormat: "signed XML",
    settlement: xmlSettlement,
    paths: { pay: "/ebank/b2c/pay", confirm: "/ebank/b2c/confirm", api: "/ebank/api" },

    paymentTicket: ({ form }) => form.get("tranData") ?? undefined,

    async decodePaymentRequest(ticket): Promise<PaymentRequest> {
      const message = await readRequest(Buffer.from(ticket, "base64").toString("utf8"));
      const { head, body } = message;
      if (head.TxCode !== "PAY") throw new ProtocolError("unsupported", "expected TxCode PAY");
      if (body.CurType !== CURRENCY_CODE) throw malformed("CurType");
      return {
        attemptId: requireId(body.OrderId, "OrderId"),
        amount: requireFen(body.Amount, "Amount"),
        currency: "CNY",
        merchantName: requireText(body.MerName, "MerName"),
        subject: requireText(body.GoodsName, "GoodsName"),
        returnUrl: requireUrl(body.MerURL, "MerURL"),
        notifyUrl: requireUrl(body.NotifyURL, "NotifyURL"),
        expiresAt: requireDate(new Date(body.ExpireTime ?? ""), "ExpireTime"),
      };
    },

    paymentReturn(view, returnUrl) {
      const xml = write("Notify", "PAYRESULT", paymentResultBody(view));
      return {
        kind: "form",
        url: returnUrl,
        fields: { notifyData: Buffer.from(xml, "utf8").toString("base64") },
      };
    },
    paymentNotification: (view) => ({
      contentType: CONTENT_TYPE,
      body: write("Notify", "PAYRESULT", paymentResultBody(view)),
    }),
    refundNotification: (view) => ({
      contentType: CONTENT_TYPE,
      body: write("Notify", "REFUNDRESULT", refundResultBody(view)),
    }),
    payoutNotification: (view) => ({
      contentType: CONTENT_TYPE,
      body: write("Notify", "PAYOUTRESULT", payoutResultBody(view)),
    }),

    async handleApi(xml) {
      try {
        const { head, body } = await readRequest(xml);
        requireFresh(new Date(head.SendTime ?? ""));
        return answer(head.TxCode ?? "", body);
      } catch (error) {
        if (!(error instanceof ProtocolError)) throw error;
        const code = { signature: "S001", malformed: "S002", stale: "S003", unsupported: "S004" }[
          error.reason
        ];
        return reply("ERROR", { ErrCode: code, ErrMsg: error.message });
      }
    },
  };

  function answer(txCode: string, body: Record<string, string>): WireMessage {
    switch (txCode) {
      case "QUERY":
        return reply(
          "PAYRESULT",
          paymentResultBody(deps.ops.paymentStatus(requireId(body.OrderId, "OrderId"))),
        );
      case "REFUND":
        requireCurrency(body);
        return reply(
          "REFUNDRESULT",
          refundResultBody(
            deps.ops.requestRefund({
              refundId: requireId(body.RefundId, "RefundId"),
              attemptId: requireId(body.OrderId, "OrderId"),
              ...(body.BankSerialNo ? { bankTxnId: body.BankSerialNo } : {}),
              amount: requireFen(body.Amount, "Amount"),
              currency: "CNY",
              notifyUrl: requireUrl(body.NotifyURL, "NotifyURL"),
            }),
          ),
        );
      case "REFUNDQUERY":
        return reply(
          "REFUNDRESULT",
          refundResultBody(deps.ops.refundStatus(requireId(body.RefundId, "RefundId"))),
        );
      case "PAYOUT":
        requireCurrency(body);
        return reply(
          "PAYOUTRESULT",
          payoutResultBody(
            deps.ops.requestPayout({
              payoutId: requireId(body.PayoutId, "PayoutId"),
              accountNumber: requireText(body.AccountNo, "AccountNo", 32),
              accountName: requireText(body.AccountName, "AccountName", 64),
              amount: requireFen(body.Amount, "Amount"),
              currency: "CNY",
              notifyUrl: requireUrl(body.NotifyURL, "NotifyURL"),
            }),
          ),
        );
      case "PAYOUTQUERY":
        return reply(
          "PAYOUTRESULT",
          payoutResultBody(deps.ops.payoutStatus(requireId(body.PayoutId, "PayoutId"))),
        );
      default:
        throw new ProtocolError("unsupported", `unknown TxCode ${txCode}`);
    }
  }
}

function requireCurrency(body: Record<string, string>): void {
  if (body.CurType !== CURRENCY_CODE) throw malformed("CurType");
}
