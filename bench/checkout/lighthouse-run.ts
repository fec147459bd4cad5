import { launch } from "chrome-launcher";
import lighthouse, { desktopConfig, type Result } from "lighthouse";

// Lighthouse (the npm package) driving Debian's Chromium, in English, with its desktop and its
// default (mobile, simulated slow 4G and CPU slowdown) presets: the scores and, where a score falls
// short, the audits that cost it.

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--lang=en-US",
];

export type LighthouseFinding = {
  id: string;
  title: string;
  score: number | null;
  display?: string;
  savingsMs?: number;
  /** The first few items of the audit's details (the console error, the bf-cache reason, the file). */
  items: string[];
};

/** A short text for one item of an audit's details table. */
function describe(item: unknown): string {
  if (typeof item !== "object" || item === null) return String(item);
  // Tables name the culprit in different fields: a console error's sourceLocation, a node's snippet …
  const field = (key: string): unknown => {
    const value: unknown = Reflect.get(item, key);
    if (typeof value !== "object" || value === null) return value;
    return Reflect.get(value, "snippet") ?? Reflect.get(value, "url");
  };
  const parts = ["description", "reason", "failureReason", "source", "url", "sourceLocation", "node"]
    .map(field)
    .filter((value): value is string => typeof value === "string" && value.length > 0);
  return parts.join(" — ").slice(0, 200);
}

export type LighthouseScores = {
  preset: "desktop" | "mobile";
  scores: Record<"performance" | "accessibility" | "best-practices", number | null>;
  metrics: Record<string, string | undefined>;
  /** Performance opportunities and diagnostics that did not pass, largest saving first. */
  performanceFindings: LighthouseFinding[];
  accessibilityFailures: LighthouseFinding[];
  bestPracticeFailures: LighthouseFinding[];
};

function failing(lhr: Result, category: string): LighthouseFinding[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit !== undefined)
    .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative")
    .map((audit) => {
      const details = audit.details;
      const savings = details && "overallSavingsMs" in details ? Number(details.overallSavingsMs) : undefined;
      const items: unknown[] =
        details && "items" in details && Array.isArray(details.items) ? details.items.slice(0, 3) : [];
      return {
        id: audit.id,
        title: audit.title,
        score: audit.score,
        display: audit.displayValue,
        savingsMs: savings,
        items: items.map(describe).filter((text) => text.length > 0),
      };
    })
    .sort((a, b) => (b.savingsMs ?? 0) - (a.savingsMs ?? 0));
}

export async function runLighthouse(url: string, preset: "desktop" | "mobile"): Promise<LighthouseScores> {
  const chrome = await launch({
    chromePath: "/usr/bin/chromium",
    chromeFlags: CHROME_FLAGS,
    logLevel: "error",
  });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        locale: "en-US",
        onlyCategories: ["performance", "accessibility", "best-practices"],
        extraHeaders: { "Accept-Language": "en" },
      },
      preset === "desktop" ? desktopConfig : undefined,
    );
    if (!result) throw new Error("lighthouse returned no result");
    const lhr = result.lhr;
    const score = (id: string) => {
      const value = lhr.categories[id]?.score;
      return value === null || value === undefined ? null : Math.round(value * 100);
    };
    const metric = (id: string) => lhr.audits[id]?.displayValue;
    return {
      preset,
      scores: {
        performance: score("performance"),
        accessibility: score("accessibility"),
        "best-practices": score("best-practices"),
      },
      metrics: {
        FCP: metric("first-contentful-paint"),
        LCP: metric("largest-contentful-paint"),
        TBT: metric("total-blocking-time"),
        CLS: metric("cumulative-layout-shift"),
        SI: metric("speed-index"),
      },
      performanceFindings: failing(lhr, "performance"),
      accessibilityFailures: failing(lhr, "accessibility"),
      bestPracticeFailures: failing(lhr, "best-practices"),
    };
  } finally {
    chrome.kill();
  }
}
