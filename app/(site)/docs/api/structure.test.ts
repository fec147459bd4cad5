// The API reference rendered to HTML in both languages: accessible structure, the same code in both, and
// the facts that must match shared/spec/merchant-api.md word for word.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ApiReference } from "@/components/docs/api-reference";
import { ERRORS, ERROR_CODES } from "@/components/docs/errors-data";
import type { Lang } from "@/components/docs/lang";
import { HEADER_FORMAT } from "@/components/docs/sections/auth";
import { STATEMENT_HEADER } from "@/components/docs/sections/balance";
import { TEST_CARDS } from "@/components/docs/sections/test-mode";
import { OUTLINE } from "@/components/docs/toc-data";

const ORIGIN = "https://pay.example.com";
const html: Record<Lang, string> = {
  en: renderToStaticMarkup(createElement(ApiReference, { lang: "en", origin: ORIGIN })),
  zh: renderToStaticMarkup(createElement(ApiReference, { lang: "zh", origin: ORIGIN })),
};
const SPEC_FILE = path.resolve(process.cwd(), "../shared/spec/merchant-api.md");
const spec = existsSync(SPEC_FILE) ? readFileSync(SPEC_FILE, "utf8") : null;

const all = (text: string, pattern: RegExp): string[] => [...text.matchAll(pattern)].map((m) => m[1] ?? "");
const decode = (text: string) =>
  text
    .replaceAll("&quot;", '"')
    .replaceAll("&#x27;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");

describe.each(["en", "zh"] as const)("the %s page", (lang) => {
  const page = html[lang];

  it("has unique ids, and every in-page link and table of contents entry has its target", () => {
    const ids = all(page, / id="([^"]+)"/g);
    expect(new Set(ids).size).toBe(ids.length);
    for (const target of all(page, /href="#([^"]+)"/g)) expect(ids).toContain(target);
    for (const chapter of OUTLINE) {
      expect(page).toContain(`<h2 id="${chapter.id}"`);
      for (const section of chapter.children) expect(page).toContain(`<h3 id="${section.id}"`);
    }
  });

  it("has one h1 and headings that never skip a level", () => {
    const levels = all(page, /<h([1-6])[ >]/g).map(Number);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.reduce((previous, level) => {
      expect(level).toBeLessThanOrEqual(previous + 1);
      return level;
    });
  });

  it("scopes every table header and puts every code block in <pre><code>", () => {
    const headers = page.match(/<th[ >]/g) ?? [];
    const scoped = page.match(/<th scope="(?:col|row)"/g) ?? [];
    expect(scoped.length).toBe(headers.length);
    expect(page.match(/<pre[ >]/g)?.length).toBe(page.match(/<pre[^>]*><code>/g)?.length);
  });

  it("documents every endpoint, every error code and the OpenAPI link", () => {
    for (const endpoint of [
      "POST</span><code",
      "/api/v1/payments</code>",
      "/api/v1/payments/{orderId}</code>",
      "/api/v1/payments/{orderId}/close</code>",
      "/api/v1/refunds</code>",
      "/api/v1/refunds/{refundId}</code>",
      "/api/v1/balance</code>",
      "/api/v1/statements/{date}</code>",
      "/api/v1/platform-key</code>",
    ]) {
      expect(page).toContain(endpoint);
    }
    for (const code of ERROR_CODES) expect(page).toContain(code);
    expect(page).toContain('href="/api/v1/openapi.json"');
    expect(page).toContain(`${ORIGIN}/api/v1`);
  });
});

describe("both languages", () => {
  it("show exactly the same code", () => {
    const code = (page: string) => all(page, /<pre[^>]*><code>([\s\S]*?)<\/code><\/pre>/g);
    expect(code(html.zh)).toEqual(code(html.en));
    expect(code(html.en).length).toBeGreaterThan(30);
  });

  it("show the same tables, anchors and headings structure", () => {
    const shape = (page: string) => all(page, /<(h[1-4]|table|th scope="\w+")[ >]/g);
    expect(shape(html.zh)).toEqual(shape(html.en));
  });
});

describe.skipIf(spec === null)("agreement with shared/spec/merchant-api.md", () => {
  const text = spec ?? "";

  it("lists every error code with the spec's status", () => {
    const rows = [...text.matchAll(/^\| (\d{3}) \| `([a-z_]+)` \|/gm)].map((m) => [m[2], Number(m[1])]);
    expect(rows.length).toBe(13);
    expect(ERROR_CODES.map((code) => [code, ERRORS[code].status])).toEqual(rows);
  });

  it("shows the test cards as the spec words them", () => {
    const rows = [...text.matchAll(/^\| `(\d{16})` \| (.+) \|$/gm)].map((m) => ({ card: m[1], en: m[2] }));
    expect(TEST_CARDS.map(({ card, en }) => ({ card, en }))).toEqual(rows);
    expect(text).toContain("Prepaid test card: number `9000000000000001`, PIN `654321`, balance ¥1,000.00.");
    expect(decode(html.en)).toContain("9000000000000001</code>, PIN <code");
  });

  it("uses the spec's statement header, Authorization format and canonical example", () => {
    expect(text).toContain(`\n${STATEMENT_HEADER}\n`);
    expect(text).toContain(`\n${HEADER_FORMAT}\n`);
    const canonical = '"GET\\n/api/v1/payments/A1001\\n1795320000\\nq8Fz2LmN0pXr7sTu\\n\\n"';
    expect(text).toContain(canonical);
    expect(decode(html.en)).toContain(canonical);
  });

  it("keeps the spec's limits", () => {
    const page = decode(html.en);
    for (const fact of [
      "1 to 100000000000",
      "1–128 characters",
      "At most 20 entries",
      "300 seconds",
      "15 minutes",
    ]) {
      expect(page).toContain(fact);
    }
  });
});
