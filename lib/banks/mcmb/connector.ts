import { createBankKey } from "../bank-key";
import { BankError } from "../errors";
import { paramsRecord } from "../fields";
import { settlementMethods } from "../settlement/settlement-methods";
import { bankUrl, createTransport } from "../transport";
import type { BankConnector, ConnectorDeps, InboundMessage } from "../types";
import { fenToYuan, signMcmb, splitMcmb, toBeijing } from "./form";
import { mcmbMeta, payoutResult, refundResult, requireAccepted, tradeResult } from "./results";
import { parseMcmbSettlementLine } from "./settlement";

const BANK = "mcmb";
const FORM = "application/x-www-form-urlencoded; charset=utf-8";

type Params = Record<string, string>;

/** MCMB speaks signed sorted forms; the browser goes there and back with plain GET redirects. */
export function createMcmbConnector(deps: ConnectorDeps): BankConnector {
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

  const signed = (service: string, params: Params): Promise<URLSearchParams> =>
    signMcmb(
      { charset: "utf-8", version: "1.0", timestamp: toBeijing(now()), service, ...params },
      async (data) => deps.signer.sign(data),
    );

  async function verified(params: Params): Promise<Params> {
    const { signed: text, signature } = splitMcmb(params);
    if (!(await key.verify(text, signature)))
      throw new BankError("signature_invalid", "the MCMB signature does not verify", BANK);
    return params;
  }

  async function notification(
    message: InboundMessage,
    type: string,
  ): Promise<{ params: Params; raw: string }> {
    const params = await verified(paramsRecord(BANK, new URLSearchParams(message.body)));
    if (params.notify_type !== type) {
      throw new BankError(
        "unexpected_message",
        `expected ${type}, got ${params.notify_type ?? "no notify_type"}`,
        BANK,
      );
    }
    return { params, raw: message.body };
  }

  async function exchange(service: string, params: Params): Promise<{ params: Params; raw: string }> {
    const raw = await transport.post("/netpayment/gateway", (await signed(service, params)).toString(), FORM);
    const answer = await verified(paramsRecord(BANK, new URLSearchParams(raw)));
    requireAccepted(answer);
    return { params: answer, raw };
  }

  function sameId(expected: string, actual: string): void {
    if (expected !== actual)
      throw new BankError("unexpected_message", `the answer is about ${actual}, not ${expected}`, BANK);
  }

  function cny(currency: string): string {
    if (currency !== "CNY") throw new BankError("unsupported", `MCMB only takes CNY, not ${currency}`, BANK);
    return currency;
  }

  return {
    code: BANK,
    notificationAck: { status: 200, contentType: "text/plain; charset=utf-8", body: "success" },
    ...settlementMethods({ bank: BANK, deps, key, parse: parseMcmbSettlementLine }),

    async buildPaymentRedirect(input) {
      const params = await signed("mcmb.trade.page.pay", {
        out_trade_no: input.attemptId,
        total_amount: fenToYuan(input.amount),
        currency: cny(input.currency),
        merchant_name: input.merchantName,
        subject: input.subject,
        return_url: input.returnUrl,
        notify_url: input.notifyUrl,
        time_expire: toBeijing(input.expiresAt),
      });
      return { method: "GET", url: `${bankUrl(deps.baseUrl, "/netpayment/pay")}?${params.toString()}` };
    },

    async parseReturn(input) {
      // The bank signs every parameter of the return URL, including any the gateway put there itself.
      const params = await verified(paramsRecord(BANK, input));
      if (params.notify_type !== "trade_status_sync")
        throw new BankError("unexpected_message", "not a trade result", BANK);
      return tradeResult(mcmbMeta(params, new URLSearchParams(params).toString()), params);
    },

    async parseNotification(message) {
      const { params, raw } = await notification(message, "trade_status_sync");
      return tradeResult(mcmbMeta(params, raw), params);
    },

    async queryPayment(attemptId) {
      const { params, raw } = await exchange("mcmb.trade.query", { out_trade_no: attemptId });
      const result = tradeResult(mcmbMeta(params, raw), params);
      sameId(attemptId, result.attemptId);
      return result;
    },

    async requestRefund(input) {
      const { params, raw } = await exchange("mcmb.trade.refund", {
        out_trade_no: input.attemptId,
        ...(input.bankTxnId ? { trade_no: input.bankTxnId } : {}),
        out_request_no: input.refundId,
        refund_amount: fenToYuan(input.amount),
        currency: cny(input.currency),
        notify_url: input.notifyUrl,
      });
      const result = refundResult(mcmbMeta(params, raw), params);
      sameId(input.refundId, result.refundId);
      return result;
    },

    async parseRefundNotification(message) {
      const { params, raw } = await notification(message, "refund_status_sync");
      return refundResult(mcmbMeta(params, raw), params);
    },

    async queryRefund(refundId) {
      const { params, raw } = await exchange("mcmb.trade.refund.query", { out_request_no: refundId });
      const result = refundResult(mcmbMeta(params, raw), params);
      sameId(refundId, result.refundId);
      return result;
    },

    async requestPayout(input) {
      const { params, raw } = await exchange("mcmb.fund.trans.toaccount", {
        out_biz_no: input.payoutId,
        payee_account: input.accountNumber,
        payee_name: input.accountName,
        amount: fenToYuan(input.amount),
        currency: cny(input.currency),
        notify_url: input.notifyUrl,
      });
      const result = payoutResult(mcmbMeta(params, raw), params);
      sameId(input.payoutId, result.payoutId);
      return result;
    },

    async parsePayoutNotification(message) {
      const { params, raw } = await notification(message, "trans_status_sync");
      return payoutResult(mcmbMeta(params, raw), params);
    },

    async queryPayout(payoutId) {
      const { params, raw } = await exchange("mcmb.fund.trans.query", { out_biz_no: payoutId });
      const result = payoutResult(mcmbMeta(params, raw), params);
      sameId(payoutId, result.payoutId);
      return result;
    },
  };
}
