import { randomBytes } from "node:crypto";

// Tiny server-side HTML toolkit: every page is complete without JavaScript or external assets.

export interface Branding {
  nameZh: string;
  nameEn: string;
  colour: string;
}

export interface Page {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Chinese first, English beside it, each marked with its language for screen readers. */
export function bilingual(zh: string, en: string): string {
  return `${escapeHtml(zh)} <span lang="en">${escapeHtml(en)}</span>`;
}

export function hiddenFields(fields: Record<string, string>): string {
  return Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join("");
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif;background:#f4f4f5;color:#18181b}
header{background:var(--brand);color:#fff;padding:16px 24px}
header .name{font-size:1.25rem;font-weight:700;margin:0}
header .sub{margin:0;font-size:.875rem}
main{max-width:480px;margin:24px auto;padding:24px;background:#fff;border-radius:8px;box-shadow:0 1px 3px #0002}
h1{font-size:1.25rem;margin:0 0 16px}
dl{display:grid;grid-template-columns:auto 1fr;gap:4px 16px;margin:0 0 24px}
dt{color:#52525b}dd{margin:0;font-weight:600;word-break:break-word}
.amount{font-size:1.5rem;color:var(--brand)}
label{display:block;font-weight:600;margin:16px 0 4px}
input[type=text],input[type=password]{width:100%;padding:10px 12px;font-size:1rem;border:1px solid #71717a;border-radius:6px;color:#18181b}
input:focus,button:focus,a:focus{outline:3px solid #2563eb;outline-offset:2px}
button,.button{font:inherit;display:inline-block;margin-top:24px;padding:12px 20px;font-size:1rem;font-weight:600;color:#fff;background:var(--brand);border:0;border-radius:6px;cursor:pointer;text-decoration:none}
.notice{padding:12px 16px;border-radius:6px;background:#fef2f2;color:#7f1d1d;border:1px solid #fecaca}
.ok{background:#f0fdf4;color:#14532d;border-color:#bbf7d0}
details{margin-top:24px;color:#3f3f46;font-size:.875rem}
footer{text-align:center;color:#52525b;font-size:.75rem;margin:16px}
code{font-family:ui-monospace,monospace}`;

export function layout(
  brand: Branding,
  options: { status?: number; title: string; content: string; script?: string },
): Page {
  const nonce = randomBytes(16).toString("base64");
  const script = options.script ? `<script nonce="${nonce}">${options.script}</script>` : "";
  const body = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(options.title)} · ${escapeHtml(brand.nameZh)}</title>
<style>:root{--brand:${brand.colour}}${STYLE}</style></head>
<body><header><p class="name">${escapeHtml(brand.nameZh)}</p><p class="sub" lang="en">${escapeHtml(brand.nameEn)} · Online banking (test system)</p></header>
<main>${options.content}</main>
<footer>${bilingual("模拟银行，仅供测试，不涉及真实资金。", "A mock bank for testing: no real money moves.")}</footer>${script}
</body></html>`;
  return {
    status: options.status ?? 200,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "referrer-policy": "no-referrer",
      "x-frame-options": "DENY",
      "content-security-policy": `default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}'; form-action *; base-uri 'none'; frame-ancestors 'none'`,
    },
    body,
  };
}
