import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/config";
import { formatCny } from "@/lib/money";
import { renderMail } from "../layout";

export type ReversalMailInput = { merchantName: string; orderId: string; amount: bigint; net: bigint };

/**
 * Told to a merchant whose payment was reversed because the bank never received it. The merchant API
 * has no event for this (its event types are fixed), so it is a mail to the merchant's address.
 */
export function paymentReversedMail(locale: Locale, input: ReversalMailInput) {
  const url = `${env.APP_URL}/dashboard/payments`;
  if (locale === "zh") {
    return renderMail({
      subject: `Paylane：订单 ${input.orderId} 的支付已冲正`,
      paragraphs: [
        `${input.merchantName}，您好。银行对账发现，订单 ${input.orderId} 的支付（${formatCny(input.amount)}）银行方没有记录，资金并未到账。`,
        `我们已冲正该笔支付：${formatCny(input.net)} 已从您的余额中扣回，该订单不能再退款。如已发货，请与买家联系。`,
      ],
      action: { label: "查看支付记录", url },
    });
  }
  return renderMail({
    subject: `Paylane: the payment of order ${input.orderId} was reversed`,
    paragraphs: [
      `Hello ${input.merchantName}. Our reconciliation with the bank found that the payment of order ${input.orderId} (${formatCny(input.amount)}) never reached the bank: the money was not received.`,
      `We have reversed the payment: ${formatCny(input.net)} was taken back from your balance, and the order can no longer be refunded. If you have shipped the goods, please contact the buyer.`,
    ],
    action: { label: "View payments", url },
  });
}
