import type { WireMessage } from "../../core/types";
import {
  requireDate,
  requireFresh,
  requireGatewaySignature,
  requireId,
  requireText,
  requireUrl,
  malformed,
} from "../checks";
import { ProtocolError, type BankProtocol, type ProtocolDeps } from "../types";
import { beijingTime, decodeForm, encodeForm, parseBeijingTime, yuanToFen, type FormParams } from "./codec";
import { formSettlement } from "./settlement";
import { notifyHeader, OK, payoutParams, refundParams, tradeParams } from "./messages";

const CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8";
const ERRORS = {
  malformed: { code: "40001", sub_code: "INVALID_PARAMETER" },
  signature: { code: "40002", sub_code: "INVALID_SIGNATURE" },
  stale: { code: "40002", sub_code: "INVALID_TIMESTAMP" },
  unsupported: { code: "40006", sub_code: "UNKNOWN_SERVICE" },
} as const;

/** MCMB: sorted key=value forms signed RSA2. Browser hops are plain GET redirects. */
export function createFormProtocol(deps: ProtocolDeps): BankProtocol {
  const signed = (params: FormParams): string =>
    encodeForm({ charset: "utf-8", version: "1.0", ...params }, deps.sign).toString();
  const form = (params: FormParams): WireMessage => ({ contentType: CONTENT_TYPE, body: signed(params) });

  async function read(input: string | URLSearchParams): Promise<FormParams> {
    const { params, signed: text, signature } = decodeForm(input);
    await requireGatewaySignature(deps.gatewayKey, text, signature);
    return params;
  }

  return {
    wireFormat: "signed sorted key=value form",
    settlement: formSettlement,
    paths: {
      pay: "/netpayment/pay",
      confirm: "/netpayment/confirm",
      api: "/netpayment/gateway",
    },

    paymentTicket: ({ query }) => (query.has("sign") ? query.toString() : undefined),

    async decodePaymentRequest(ticket) {
      const params = await read(ticket);
      if (params.service !== "mcmb.trade.page.pay")
        throw new ProtocolError("unsupported", "expected mcmb.trade.page.pay");
      if (params.currency !== "CNY") throw malformed("currency");
      return {
        attemptId: requireId(params.out_trade_no, "out_trade_no"),
        amount: requireAmount(params.total_amount, "total_amount"),
        currency: "CNY",
        merchantName: requireText(params.merchant_name, "merchant_name"),
        subject: requireText(params.subject, "subject"),
        returnUrl: requireUrl(params.return_url, "return_url"),
        notifyUrl: requireUrl(params.notify_url, "notify_url"),
        expiresAt: requireDate(parseBeijingTime(params.time_expire), "time_expire"),
      };
    },

    paymentReturn(view, returnUrl) {
      // The signature covers the return URL's own query parameters too, so the gateway can verify
      // every parameter it receives without knowing which ones the bank added.
      const url = new URL(returnUrl);
      const params = {
        ...Object.fromEntries(url.searchParams),
        ...notifyHeader("trade_status_sync"),
        ...tradeParams(view),
      };
      url.search = signed(params);
      return { kind: "redirect", url: url.toString() };
    },
    paymentNotification: (view) => form({ ...notifyHeader("trade_status_sync"), ...tradeParams(view) }),
    refundNotification: (view) => form({ ...notifyHeader("refund_status_sync"), ...refundParams(view) }),
    payoutNotification: (view) => form({ ...notifyHeader("trans_status_sync"), ...payoutParams(view) }),

    async handleApi(body) {
      try {
        const params = await read(body);
        requireFresh(parseBeijingTime(params.timestamp));
        return form({ ...OK, timestamp: beijingTime(new Date()), ...answer(params) });
      } catch (error) {
        if (!(error instanceof ProtocolError)) throw error;
        return form({ ...ERRORS[error.reason], msg: error.message, timestamp: beijingTime(new Date()) });
      }
    },
  };

  function answer(params: FormParams): FormParams {
    switch (params.service) {
      case "mcmb.trade.query":
        return tradeParams(deps.ops.paymentStatus(requireId(params.out_trade_no, "out_trade_no")));
      case "mcmb.trade.refund":
        if (params.currency !== "CNY") throw malformed("currency");
        return refundParams(
          deps.ops.requestRefund({
            refundId: requireId(params.out_request_no, "out_request_no"),
            attemptId: requireId(params.out_trade_no, "out_trade_no"),
            ...(params.trade_no ? { bankTxnId: params.trade_no } : {}),
            amount: requireAmount(params.refund_amount, "refund_amount"),
            currency: "CNY",
            notifyUrl: requireUrl(params.notify_url, "notify_url"),
          }),
        );
      case "mcmb.trade.refund.query":
        return refundParams(deps.ops.refundStatus(requireId(params.out_request_no, "out_request_no")));
      case "mcmb.fund.trans.toaccount":
        if (params.currency !== "CNY") throw malformed("currency");
        return payoutParams(
          deps.ops.requestPayout({
            payoutId: requireId(params.out_biz_no, "out_biz_no"),
            accountNumber: requireText(params.payee_account, "payee_account", 32),
            accountName: requireText(params.payee_name, "payee_name", 64),
            amount: requireAmount(params.amount, "amount"),
            currency: "CNY",
            notifyUrl: requireUrl(params.notify_url, "notify_url"),
          }),
        );
      case "mcmb.fund.trans.query":
        return payoutParams(deps.ops.payoutStatus(requireId(params.out_biz_no, "out_biz_no")));
      default:
        throw new ProtocolError("unsupported", `unknown service ${params.service ?? "(none)"}`);
    }
  }
}

function requireAmount(value: string | undefined, field: string): bigint {
  const fen = yuanToFen(value);
  if (fen === undefined || fen <= 0n || fen > 100_000_000_000n) throw malformed(field);
  return fen;
}
