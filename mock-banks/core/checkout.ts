import { ProtocolError } from "../protocols/types";
import type { MockBank } from "./bank";
import { GatewayKeyUnavailableError } from "./gateway-key";
import { redirect, type Reply } from "./http";
import { approvedPage, declinedPage, donePage, errorPage, payPage } from "./pages";
import type { Decision } from "./payments";
import type { PaymentRequest } from "./types";

// The shopper's side of the bank: the online-banking page and what happens when they submit it.

type Verified = { ok: true; request: PaymentRequest } | { ok: false; reply: Reply };

async function verify(bank: MockBank, ticket: string | undefined): Promise<Verified> {
  const brand = bank.profile;
  if (!ticket) {
    return {
      ok: false,
      reply: errorPage(
        brand,
        400,
        ["缺少支付请求", "No payment request"],
        ["请从商户页面重新发起支付。", "Please start again from the merchant's page."],
      ),
    };
  }
  try {
    return { ok: true, request: await bank.protocol.decodePaymentRequest(ticket) };
  } catch (error) {
    if (error instanceof GatewayKeyUnavailableError) {
      return {
        ok: false,
        reply: errorPage(
          brand,
          503,
          ["暂时无法验证", "Cannot verify right now"],
          [
            "银行暂时无法验证支付网关，请稍后重试。",
            "The bank cannot reach the payment gateway's key right now. Please try again shortly.",
          ],
        ),
      };
    }
    if (!(error instanceof ProtocolError)) throw error;
    const detail: [string, string] =
      error.reason === "signature"
        ? [
            "支付请求的签名无效，可能被伪造或篡改。请返回商户重新支付。",
            "This payment request's signature is invalid: it may be forged or altered. Please return to the merchant and start again.",
          ]
        : [
            "支付请求格式错误。请返回商户重新支付。",
            `This payment request is invalid (${error.message}). Please return to the merchant and start again.`,
          ];
    return { ok: false, reply: errorPage(brand, 400, ["支付请求无效", "Invalid payment request"], detail) };
  }
}

function conflict(bank: MockBank): Reply {
  return errorPage(
    bank.profile,
    409,
    ["支付请求冲突", "Conflicting payment request"],
    [
      "该订单已以不同的金额或地址发起过。",
      "This payment was already started with a different amount or address.",
    ],
  );
}

/** The shopper arrives from the gateway with a signed payment request. */
export async function showPaymentPage(bank: MockBank, ticket: string | undefined): Promise<Reply> {
  const verified = await verify(bank, ticket);
  if (!verified.ok) return verified.reply;
  const opened = bank.payments.open(verified.request);
  if (opened.kind === "conflict") return conflict(bank);
  if (opened.kind === "decided") return outcome(bank, verified.request, opened);
  if (new Date() > opened.payment.expiresAt)
    return outcome(bank, verified.request, bank.payments.expire(opened.payment));
  return payPage(bank.profile, verified.request, bank.protocol.paths.confirm, ticket ?? "");
}

/** The shopper submits card number and password; the request is verified again from the hidden ticket. */
export async function confirmPayment(bank: MockBank, form: URLSearchParams): Promise<Reply> {
  const verified = await verify(bank, form.get("ticket") ?? undefined);
  if (!verified.ok) return verified.reply;
  const opened = bank.payments.open(verified.request);
  if (opened.kind === "conflict") return conflict(bank);
  if (opened.kind === "decided") return outcome(bank, verified.request, opened);
  const cardNumber = form.get("cardNumber") ?? "";
  const password = form.get("password") ?? "";
  return outcome(bank, verified.request, await bank.payments.submit(opened.payment, cardNumber, password));
}

function outcome(bank: MockBank, request: PaymentRequest, decision: Decision): Reply {
  if (decision.silent) return donePage(bank.profile, request);
  const target = bank.protocol.paymentReturn(decision.view, request.returnUrl);
  if (decision.view.status === "declined") {
    return declinedPage(bank.profile, request, decision.view.declineReason, target);
  }
  return target.kind === "redirect" ? redirect(target.url) : approvedPage(bank.profile, request, target);
}
