import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/config";
import { renderMail } from "../layout";

export function verifyEmailMail(locale: Locale, token: string) {
  const url = `${env.APP_URL}/verify-email?token=${encodeURIComponent(token)}`;
  return locale === "zh"
    ? renderMail({
        subject: "请验证您的 Paylane 邮箱",
        paragraphs: [
          "欢迎使用 Paylane。请点击下面的按钮验证您的邮箱地址。",
          "链接 48 小时内有效。如果不是您本人注册，请忽略此邮件。",
        ],
        action: { label: "验证邮箱", url },
      })
    : renderMail({
        subject: "Verify your Paylane email",
        paragraphs: [
          "Welcome to Paylane. Confirm your email address with the button below.",
          "The link is valid for 48 hours. If you did not sign up, ignore this message.",
        ],
        action: { label: "Verify email", url },
      });
}

export function resetPasswordMail(locale: Locale, token: string) {
  const url = `${env.APP_URL}/reset-password?token=${encodeURIComponent(token)}`;
  return locale === "zh"
    ? renderMail({
        subject: "重置您的 Paylane 密码",
        paragraphs: [
          "我们收到了重置密码的请求。链接 1 小时内有效，只能使用一次。",
          "如果不是您本人操作，请忽略此邮件，您的密码不会改变。",
        ],
        action: { label: "重置密码", url },
      })
    : renderMail({
        subject: "Reset your Paylane password",
        paragraphs: [
          "We received a request to reset your password. The link is valid for one hour and works once.",
          "If you did not ask for this, ignore this message: your password stays the same.",
        ],
        action: { label: "Reset password", url },
      });
}
