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
import { decodeIso, encodeIso, type IsoMessage } from "./codec";
import { CNY_NUMERIC, MTI, PROCESSING } from "./fields";
import { isoSettlement } from "./settlement";
import { parseIsoTime, paymentFields, payoutFields, refundFields, trace } from "./messages";

const CONTENT_TYPE = "application/x-iso8583; charset=utf-8";
const ERROR_CODES = { signature: "63", stale: "63", malformed: "30", unsupported: "40" } as const;

/** CCMB: ISO 8583-style messages. The browser carries them base64url-encoded in the `msg` parameter. */
export function createIsoProtocol(deps: ProtocolDeps): BankProtocol {
  const write = (mti: string, fields: Map<number, string>): string => encodeIso({ mti, fields }, deps.sign);

  async function read(text: string): Promise<IsoMessage> {
    const { message, signed, signature } = decodeIso(text);
    await requireGatewaySignature(deps.gatewayKey, signed, signature);
    return message;
  }

  return {
    wireFormat: "ISO 8583-style fixed fields",
    settlement: isoSettlement,
    paths: { pay: "/netpay", confirm: "/netpay/confirm", api: "/iso8583" },

    paymentTicket: ({ query, form }) => query.get("msg") ?? form.get("msg") ?? undefined,

    async decodePaymentRequest(ticket) {
      const { mti, fields } = await read(Buffer.from(ticket, "base64url").toString("utf8"));
      if (mti !== MTI.request || fields.get(3) !== PROCESSING.purchase) {
        throw new ProtocolError("unsupported", "expected a 0200 purchase request");
      }
      if (fields.get(49) !== CNY_NUMERIC) throw malformed("49");
      return {
        attemptId: requireId(fields.get(60), "60"),
        amount: requireFen(fields.get(4), "4"),
        currency: "CNY",
        merchantName: requireText(fields.get(43), "43"),
        subject: requireText(fields.get(48), "48"),
        returnUrl: requireUrl(fields.get(62), "62"),
        notifyUrl: requireUrl(fields.get(63), "63"),
        expiresAt: requireDate(parseIsoTime(fields.get(14)), "14"),
      };
    },

    paymentReturn(view, returnUrl) {
      const url = new URL(returnUrl);
      url.searchParams.set(
        "msg",
        Buffer.from(write(MTI.response, paymentFields(view)), "utf8").toString("base64url"),
      );
      return { kind: "redirect", url: url.toString() };
    },
    paymentNotification: (view) => ({
      contentType: CONTENT_TYPE,
      body: write(MTI.advice, paymentFields(view)),
    }),
    refundNotification: (view) => ({
      contentType: CONTENT_TYPE,
      body: write(MTI.advice, refundFields(view)),
    }),
    payoutNotification: (view) => ({
      contentType: CONTENT_TYPE,
      body: write(MTI.advice, payoutFields(view)),
    }),

    async handleApi(text) {
      let replyMti: string = MTI.response;
      let processing: string | undefined;
      try {
        const message = await read(text);
        replyMti = message.mti === MTI.inquiry ? MTI.inquiryResponse : MTI.response;
        processing = message.fields.get(3);
        requireFresh(parseIsoTime(message.fields.get(7)));
        return { contentType: CONTENT_TYPE, body: write(replyMti, answer(message)) };
      } catch (error) {
        if (!(error instanceof ProtocolError)) throw error;
        const fields = trace().set(39, ERROR_CODES[error.reason]).set(44, error.message);
        if (processing && /^\d{6}$/.test(processing)) fields.set(3, processing);
        return { contentType: CONTENT_TYPE, body: write(replyMti, fields) };
      }
    },
  };

  function answer({ mti, fields }: IsoMessage): Map<number, string> {
    const code = fields.get(3);
    if (mti === MTI.inquiry) {
      if (code === PROCESSING.purchase)
        return paymentFields(deps.ops.paymentStatus(requireId(fields.get(60), "60")));
      if (code === PROCESSING.refund)
        return refundFields(deps.ops.refundStatus(requireId(fields.get(61), "61")));
      if (code === PROCESSING.payout)
        return payoutFields(deps.ops.payoutStatus(requireId(fields.get(61), "61")));
    }
    if (mti === MTI.request && fields.get(49) !== CNY_NUMERIC) throw malformed("49");
    if (mti === MTI.request && code === PROCESSING.refund) {
      const original = fields.get(37);
      return refundFields(
        deps.ops.requestRefund({
          refundId: requireId(fields.get(61), "61"),
          attemptId: requireId(fields.get(60), "60"),
          ...(original ? { bankTxnId: original } : {}),
          amount: requireFen(fields.get(4), "4"),
          currency: "CNY",
          notifyUrl: requireUrl(fields.get(63), "63"),
        }),
      );
    }
    if (mti === MTI.request && code === PROCESSING.payout) {
      return payoutFields(
        deps.ops.requestPayout({
          payoutId: requireId(fields.get(61), "61"),
          accountNumber: requireText(fields.get(2), "2", 19),
          accountName: requireText(fields.get(43), "43", 64),
          amount: requireFen(fields.get(4), "4"),
          currency: "CNY",
          notifyUrl: requireUrl(fields.get(63), "63"),
        }),
      );
    }
    throw new ProtocolError(
      "unsupported",
      `MTI ${mti} with processing code ${code ?? "none"} is not supported`,
    );
  }
}
