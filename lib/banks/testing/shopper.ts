import type { PaymentRedirect } from "../types";

// A shopper without a browser: follows the gateway's redirect to the bank, reads the bank's page the
// way a browser would (forms and links only, no JavaScript), and submits card number and password.

export type ShopperOutcome =
  /** The bank sends the browser back to the gateway; `params` is what the gateway's return URL receives. */
  | { kind: "return"; method: "GET" | "POST"; url: string; params: Record<string, string>; page: string }
  /** The bank kept the shopper (card ...0003): nothing goes back to the gateway. */
  | { kind: "stays"; page: string };

export async function openBankPage(redirect: PaymentRedirect): Promise<Response> {
  if (redirect.method === "GET") return fetch(redirect.url, { redirect: "manual" });
  return fetch(redirect.url, {
    method: "POST",
    body: new URLSearchParams(redirect.fields),
    redirect: "manual",
  });
}

/** Opens the bank's page and returns its card form, which can then be submitted (also more than once). */
export async function openPayForm(redirect: PaymentRedirect) {
  const page = await openBankPage(redirect);
  const html = await page.text();
  if (page.status !== 200) throw new Error(`the bank page answered ${page.status}: ${html.slice(0, 200)}`);
  const form = firstForm(html);
  if (!form) throw new Error("the bank page has no form");
  const action = new URL(form.action, page.url || redirect.url);
  return {
    html,
    async submit(cardNumber: string, password: string): Promise<ShopperOutcome> {
      const body = new URLSearchParams({ ...form.fields, cardNumber, password });
      return readOutcome(await fetch(action, { method: "POST", body, redirect: "manual" }));
    },
  };
}

export async function payAtBank(
  redirect: PaymentRedirect,
  cardNumber: string,
  password: string,
): Promise<ShopperOutcome> {
  return (await openPayForm(redirect)).submit(cardNumber, password);
}

export async function readOutcome(response: Response): Promise<ShopperOutcome> {
  const page = await response.text();
  if (response.status === 302) {
    const url = new URL(response.headers.get("location") ?? "");
    return {
      kind: "return",
      method: "GET",
      url: url.toString(),
      params: Object.fromEntries(url.searchParams),
      page,
    };
  }
  if (response.status !== 200) throw new Error(`the bank answered ${response.status}: ${page.slice(0, 200)}`);
  const form = firstForm(page);
  if (form) {
    const url = new URL(form.action);
    return {
      kind: "return",
      method: "POST",
      url: url.toString(),
      params: { ...Object.fromEntries(url.searchParams), ...form.fields },
      page,
    };
  }
  const link = /<a class="button" href="([^"]+)"/.exec(page);
  if (link?.[1]) {
    const url = new URL(unescapeHtml(link[1]));
    return {
      kind: "return",
      method: "GET",
      url: url.toString(),
      params: Object.fromEntries(url.searchParams),
      page,
    };
  }
  return { kind: "stays", page };
}

function firstForm(html: string): { action: string; fields: Record<string, string> } | undefined {
  const match = /<form\b[^>]*\baction="([^"]*)"[^>]*>([\s\S]*?)<\/form>/.exec(html);
  if (!match) return undefined;
  const fields: Record<string, string> = {};
  for (const input of (match[2] ?? "").matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) {
    fields[unescapeHtml(input[1] ?? "")] = unescapeHtml(input[2] ?? "");
  }
  return { action: unescapeHtml(match[1] ?? ""), fields };
}

export function unescapeHtml(value: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return named[entity] ?? whole;
  });
}
