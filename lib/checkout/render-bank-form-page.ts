import { escapeHtml } from "@/lib/mail/layout";

export type BankFormPage = {
  lang: string;
  title: string;
  text: string;
  button: string;
  action: string;
  fields: Record<string, string>;
};

/**
 * The hand-off page for banks that take the shopper by POST: a plain HTML form the browser submits at
 * once (one line of script), or on the shopper's click when JavaScript is off. Served as raw HTML
 * because React never runs scripts it renders on the client.
 */
export function renderBankFormPage(page: BankFormPage): string {
  const inputs = Object.entries(page.fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join("");
  return `<!doctype html>
<html lang="${escapeHtml(page.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<style>body{font-family:system-ui,sans-serif;background:#f8fafc;color:#0f172a;margin:0;padding:2rem 1rem}main{max-width:32rem;margin:auto;background:#fff;border:1px solid #e2e8f0;border-radius:.5rem;padding:1.25rem}button{background:#1d4ed8;color:#fff;border:0;border-radius:.375rem;padding:.6rem 1rem;font-size:1rem;cursor:pointer}</style>
</head><body><main><h1>${escapeHtml(page.title)}</h1><p>${escapeHtml(page.text)}</p>
<form id="to-bank" method="post" action="${escapeHtml(page.action)}">${inputs}<button type="submit">${escapeHtml(page.button)}</button></form>
</main><script>document.getElementById("to-bank").submit()</script></body></html>`;
}
