import { TEST_CARDS } from "./cards";
import { bilingual, escapeHtml, hiddenFields, layout, type Branding, type Page } from "./html";
import { formatYuan } from "./money";
import type { BrowserHop, DeclineReason, PaymentRequest } from "./types";

const DECLINE_TEXT: Record<DeclineReason, [string, string]> = {
  insufficient_funds: ["余额不足", "Insufficient funds"],
  wrong_password: ["密码错误", "Wrong password"],
  card_unknown: ["卡号无效", "Card number not recognised"],
  expired: ["支付请求已过期", "The payment request has expired"],
  other: ["交易被拒绝", "The payment was declined"],
};

function summary(request: PaymentRequest): string {
  return `<dl>
<dt>${bilingual("商户", "Merchant")}</dt><dd>${escapeHtml(request.merchantName)}</dd>
<dt>${bilingual("商品", "Subject")}</dt><dd>${escapeHtml(request.subject)}</dd>
<dt>${bilingual("金额", "Amount")}</dt><dd class="amount">${formatYuan(request.amount)}</dd>
</dl>`;
}

export function payPage(brand: Branding, request: PaymentRequest, confirmPath: string, ticket: string): Page {
  const cards = TEST_CARDS.map((card) => `<li><code>${card.number}</code></li>`).join("");
  return layout(brand, {
    title: "网上银行支付",
    content: `<h1>${bilingual("网上银行支付", "Pay with online banking")}</h1>${summary(request)}
<form method="post" action="${escapeHtml(confirmPath)}">${hiddenFields({ ticket })}
<label for="card">${bilingual("银行卡号", "Card number")}</label>
<input type="text" id="card" name="cardNumber" inputmode="numeric" autocomplete="cc-number" required pattern="[0-9 ]{12,23}">
<label for="password">${bilingual("支付密码", "Password")}</label>
<input type="password" id="password" name="password" autocomplete="off" required>
<button type="submit">${bilingual("确认付款", "Pay")} ${formatYuan(request.amount)}</button>
</form>
<details><summary>${bilingual("测试卡", "Test cards")}</summary><p>${bilingual("密码", "Password")} <code>123456</code></p><ul>${cards}</ul></details>`,
  });
}

/** Sends the shopper back to the gateway: a form (with a visible button when JavaScript is off) or a link. */
function hop(target: BrowserHop, label: string, autoSubmit: boolean): { html: string; script?: string } {
  if (target.kind === "redirect")
    return { html: `<a class="button" href="${escapeHtml(target.url)}">${label}</a>` };
  return {
    html: `<form id="hop" method="post" action="${escapeHtml(target.url)}">${hiddenFields(target.fields)}<button type="submit">${label}</button></form>`,
    ...(autoSubmit ? { script: 'document.getElementById("hop").submit();' } : {}),
  };
}

export function approvedPage(brand: Branding, request: PaymentRequest, target: BrowserHop): Page {
  const back = hop(target, bilingual("返回商户", "Return to the merchant"), true);
  return layout(brand, {
    title: "支付成功",
    content: `<h1>${bilingual("支付成功", "Payment successful")}</h1>${summary(request)}
<p class="notice ok" role="status">${bilingual("正在返回商户…", "Returning you to the merchant…")}</p>${back.html}`,
    ...(back.script ? { script: back.script } : {}),
  });
}

export function declinedPage(
  brand: Branding,
  request: PaymentRequest,
  reason: DeclineReason,
  target: BrowserHop,
): Page {
  const [zh, en] = DECLINE_TEXT[reason];
  const back = hop(target, bilingual("返回并重试", "Go back and try again"), false);
  return layout(brand, {
    status: 200,
    title: "支付未成功",
    content: `<h1>${bilingual("支付未成功", "Payment declined")}</h1>${summary(request)}
<p class="notice" role="alert">${bilingual(zh, en)}</p>${back.html}`,
  });
}

/** Card ...0003: the bank approved, but the shopper is not sent back (the gateway must ask the bank). */
export function donePage(brand: Branding, request: PaymentRequest): Page {
  return layout(brand, {
    title: "支付完成",
    content: `<h1>${bilingual("支付完成", "Payment done")}</h1>${summary(request)}
<p class="notice ok" role="status">${bilingual("支付已完成，您可以关闭本页面。", "Done, you may close this page.")}</p>`,
  });
}

export function errorPage(
  brand: Branding,
  status: number,
  title: [string, string],
  detail: [string, string],
): Page {
  return layout(brand, {
    status,
    title: title[0],
    content: `<h1>${bilingual(...title)}</h1><p class="notice" role="alert">${bilingual(...detail)}</p>`,
  });
}

export function homePage(brand: Branding, wireFormat: string): Page {
  const cards = TEST_CARDS.map((card) => `<li><code>${card.number}</code></li>`).join("");
  return layout(brand, {
    title: "首页",
    content: `<h1>${bilingual("模拟网上银行", "Mock online banking")}</h1>
<p>${bilingual("本行与支付网关之间使用：", "Gateway protocol:")} ${escapeHtml(wireFormat)}</p>
<p>${bilingual("本行公钥", "Bank public key")}: <a href="/.well-known/bank-key.pem">/.well-known/bank-key.pem</a></p>
<p>${bilingual("测试卡（密码 123456）", "Test cards (password 123456)")}</p><ul>${cards}</ul>`,
  });
}
