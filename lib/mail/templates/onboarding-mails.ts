import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/config";
import { renderMail } from "../layout";

export type DecisionMailInput = {
  decision: "approved" | "rejected" | "changes_requested";
  merchantName: string;
  /** Product names in the mail's language (approvals). */
  products: string[];
  /** The reviewer's reason or message (rejections and change requests). */
  note: string | null;
};

const PRODUCT_NAMES: Record<Locale, Record<string, string>> = {
  en: { RMB: "RMB payment (bank card and wallet)", PREPAID_CARD: "Prepaid-card payment" },
  zh: { RMB: "人民币支付（银行卡与钱包）", PREPAID_CARD: "预付费卡支付" },
};

export function productName(locale: Locale, product: string): string {
  return PRODUCT_NAMES[locale][product] ?? product;
}

/** The review decision on a self-service application, sent to the merchant's address. */
export function applicationDecisionMail(locale: Locale, input: DecisionMailInput) {
  const url = `${env.APP_URL}/dashboard/application`;
  const products = input.products.join(locale === "zh" ? "、" : ", ");
  if (locale === "zh") {
    const body = {
      approved: [
        `${input.merchantName} 的自助开通申请已审核通过。已开通：${products}。`,
        "为防范风险，正式签订协议前您的账户暂不能提现；签订协议后即解除此限制。",
      ],
      rejected: [`${input.merchantName} 的自助开通申请未通过审核。`, `原因：${input.note ?? ""}`],
      changes_requested: [
        `审核人员请 ${input.merchantName} 修改自助开通申请后重新提交。`,
        `说明：${input.note ?? ""}`,
      ],
    }[input.decision];
    const subject = {
      approved: "您的 Paylane 开通申请已通过",
      rejected: "您的 Paylane 开通申请未通过",
      changes_requested: "请修改您的 Paylane 开通申请",
    }[input.decision];
    return renderMail({ subject, paragraphs: body, action: { label: "查看申请", url } });
  }
  const body = {
    approved: [
      `The self-service application of ${input.merchantName} is approved. Enabled: ${products}.`,
      "To limit risk, withdrawals stay closed until the formal agreement is signed.",
    ],
    rejected: [
      `The self-service application of ${input.merchantName} was rejected.`,
      `Reason: ${input.note ?? ""}`,
    ],
    changes_requested: [
      `The reviewer asks ${input.merchantName} to change the application and submit it again.`,
      `Message: ${input.note ?? ""}`,
    ],
  }[input.decision];
  const subject = {
    approved: "Your Paylane application is approved",
    rejected: "Your Paylane application was rejected",
    changes_requested: "Changes requested on your Paylane application",
  }[input.decision];
  return renderMail({ subject, paragraphs: body, action: { label: "View the application", url } });
}

/** An account made for someone else (a reviewer, a team operator): they choose a password by the link. */
export function invitationMail(locale: Locale, input: { token: string; inviter: string; what: string }) {
  const url = `${env.APP_URL}/reset-password?token=${encodeURIComponent(input.token)}`;
  return locale === "zh"
    ? renderMail({
        subject: "您受邀加入 Paylane",
        paragraphs: [
          `${input.inviter} 邀请您加入 Paylane：${input.what}。`,
          "请点击下面的按钮设置密码，链接 1 小时内有效。",
        ],
        action: { label: "设置密码", url },
      })
    : renderMail({
        subject: "You are invited to Paylane",
        paragraphs: [
          `${input.inviter} invited you to Paylane: ${input.what}.`,
          "Choose your password with the button below; the link is valid for one hour.",
        ],
        action: { label: "Choose a password", url },
      });
}
