import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/config";
import { formatCny } from "@/lib/money";
import { renderMail } from "@/lib/mail/layout";

type TransferFacts = { amount: bigint; senderEmail: string; recipientEmail: string; pairingCode: string };

const walletUrl = () => `${env.APP_URL}/wallet`;

/** To the recipient: money is waiting (unclaimed) or has arrived (registered address). */
export function moneyReceivedMail(locale: Locale, facts: TransferFacts, unclaimed: boolean) {
  const amount = formatCny(facts.amount);
  const claimUrl = `${env.APP_URL}/signup?email=${encodeURIComponent(facts.recipientEmail)}`;
  if (locale === "zh") {
    return renderMail({
      subject: `${facts.senderEmail} 向您转账 ${amount}`,
      paragraphs: unclaimed
        ? [
            `${facts.senderEmail} 通过 Paylane 向 ${facts.recipientEmail} 转账 ${amount}。`,
            `配对码：${facts.pairingCode}。请向付款人核对此配对码，配对码不符的邮件是仿冒邮件。`,
            "用此邮箱注册并验证后，款项即到账。30 天内未领取，款项将退回付款人。",
          ]
        : [
            `${facts.senderEmail} 通过 Paylane 向您转账 ${amount}，已存入您的钱包。配对码：${facts.pairingCode}。`,
          ],
      action: unclaimed ? { label: "注册并领取", url: claimUrl } : { label: "查看钱包", url: walletUrl() },
    });
  }
  return renderMail({
    subject: `${facts.senderEmail} sent you ${amount}`,
    paragraphs: unclaimed
      ? [
          `${facts.senderEmail} sent ${amount} to ${facts.recipientEmail} with Paylane.`,
          `Pairing code: ${facts.pairingCode}. Check it with the sender: a mail with another code is a fake.`,
          "Sign up with this address and verify it to receive the money. Unclaimed after 30 days, it goes back to the sender.",
        ]
      : [
          `${facts.senderEmail} sent you ${amount} with Paylane; it is in your wallet. Pairing code: ${facts.pairingCode}.`,
        ],
    action: unclaimed
      ? { label: "Sign up and claim", url: claimUrl }
      : { label: "Open your wallet", url: walletUrl() },
  });
}

export type TransferEnd = "sent" | "claimed" | "cancelled" | "returned";

/** To the sender, and to the recipient of an unclaimed transfer that ended: what happened to the money. */
export function transferUpdateMail(
  locale: Locale,
  facts: TransferFacts,
  end: TransferEnd,
  toSender: boolean,
) {
  const amount = formatCny(facts.amount);
  const zh: Record<TransferEnd, string> = {
    sent: `您向 ${facts.recipientEmail} 转账 ${amount}。配对码：${facts.pairingCode}。`,
    claimed: `${facts.recipientEmail} 已领取您转账的 ${amount}。`,
    cancelled: toSender
      ? `您已取消向 ${facts.recipientEmail} 的转账 ${amount}，款项已退回您的钱包。`
      : `${facts.senderEmail} 取消了向您的转账 ${amount}（配对码 ${facts.pairingCode}）。`,
    returned: toSender
      ? `向 ${facts.recipientEmail} 的转账 ${amount} 30 天内未被领取，已退回您的钱包。`
      : `${facts.senderEmail} 向您的转账 ${amount}（配对码 ${facts.pairingCode}）30 天内未领取，已退回付款人。`,
  };
  const en: Record<TransferEnd, string> = {
    sent: `You sent ${amount} to ${facts.recipientEmail}. Pairing code: ${facts.pairingCode}.`,
    claimed: `${facts.recipientEmail} claimed the ${amount} you sent.`,
    cancelled: toSender
      ? `You cancelled the ${amount} sent to ${facts.recipientEmail}; it is back in your wallet.`
      : `${facts.senderEmail} cancelled the ${amount} sent to you (pairing code ${facts.pairingCode}).`,
    returned: toSender
      ? `The ${amount} sent to ${facts.recipientEmail} was not claimed within 30 days; it is back in your wallet.`
      : `The ${amount} ${facts.senderEmail} sent you (pairing code ${facts.pairingCode}) was not claimed within 30 days and went back.`,
  };
  const subjects = {
    zh: { sent: "转账已发出", claimed: "转账已被领取", cancelled: "转账已取消", returned: "转账已退回" },
    en: {
      sent: "Money sent",
      claimed: "Your transfer was claimed",
      cancelled: "Transfer cancelled",
      returned: "Transfer returned",
    },
  };
  return renderMail({
    subject: `Paylane: ${subjects[locale][end]}`,
    paragraphs: [(locale === "zh" ? zh : en)[end]],
    action: { label: locale === "zh" ? "查看钱包" : "Open your wallet", url: walletUrl() },
  });
}
