import { describe, expect, it } from "vitest";
import { approvedPage, declinedPage, donePage, errorPage, payPage } from "./pages";
import type { PaymentRequest } from "./types";

const brand = { nameZh: "测试银行", nameEn: "Test Bank", colour: "#0B3C8C" };
const request: PaymentRequest = {
  attemptId: "att_1",
  amount: 123_456_789n,
  currency: "CNY",
  merchantName: `<script>alert("m")</script>`,
  subject: "杯子 & 碟",
  returnUrl: "http://gw/return",
  notifyUrl: "http://gw/notify",
  expiresAt: new Date(),
};

describe("bank pages", () => {
  it("renders an accessible, self-contained payment form with escaped text", () => {
    const page = payPage(brand, request, "/confirm", 'ticket"<>');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<html lang="zh-CN">');
    expect(page.body).toContain('<label for="card">');
    expect(page.body).toContain('id="card"');
    expect(page.body).toContain('<label for="password">');
    expect(page.body).toContain('type="password"');
    expect(page.body).toContain("¥1,234,567.89");
    expect(page.body).toContain("&#60;script&#62;");
    expect(page.body).not.toContain("<script>alert");
    expect(page.body).toContain('value="ticket&#34;&#60;&#62;"');
    expect(page.body).not.toMatch(/<(link|img)\b|src=|https?:\/\/(?!gw)/);
    expect(page.headers["content-security-policy"]).toContain("default-src 'none'");
  });

  it("returns the shopper with a visible button; the script only helps when JavaScript is on", () => {
    const page = approvedPage(brand, request, {
      kind: "form",
      url: "http://gw/return",
      fields: { notifyData: "x" },
    });
    expect(page.body).toMatch(
      /<form id="hop" method="post" action="http:\/\/gw\/return">.*<button type="submit">/,
    );
    const nonce = /script-src 'nonce-([^']+)'/.exec(page.headers["content-security-policy"] ?? "")?.[1];
    expect(page.body).toContain(`<script nonce="${nonce}">`);
  });

  it("explains declines and the lost-notification card in both languages", () => {
    const declined = declinedPage(brand, request, "wrong_password", {
      kind: "redirect",
      url: "http://gw/return?x=1&y=2",
    });
    expect(declined.body).toContain("密码错误");
    expect(declined.body).toContain("Wrong password");
    expect(declined.body).toContain('href="http://gw/return?x=1&#38;y=2"');
    expect(donePage(brand, request).body).toContain("Done, you may close this page.");
    expect(errorPage(brand, 400, ["错", "Bad"], ["细节", "Detail"]).status).toBe(400);
  });
});
