import { readFileSync } from "node:fs";
import { z } from "zod";

// Reads a V8 .cpuprofile (node --cpu-prof, or Next's NEXT_CPU_PROF) and says where the CPU went: self
// time by component (Prisma's query compiler, pg, React, Next, the gateway's code, GC …) and the
// hottest functions. A bundled app keeps package paths in its chunk names, which is what the
// categories match on.

const profileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }),
    }),
  ),
  startTime: z.number(),
  endTime: z.number(),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});

const CATEGORIES: [RegExp, string][] = [
  [/query_compiler|wasm:\/\//, "Prisma query compiler (wasm)"],
  [/@prisma[+/_]client|prisma[/_]client[/_]runtime|generated[/_]prisma/, "Prisma client runtime"],
  [/@prisma[+/_]adapter|@prisma[+/_]driver-adapter/, "Prisma pg adapter"],
  [/node_modules[/_]pg(-[a-z]+)?[/_]|node_modules[/_]pg$/, "pg driver"],
  [/react-dom|react-server-dom|node_modules[/_]react[/_]/, "React (render, RSC)"],
  [/next-intl|use-intl|intl-messageformat|icu/, "next-intl"],
  [/node_modules[/_]next[/_]|next[/_]dist/, "Next.js"],
  [/\.next[/_]server/, "app bundle (.next/server chunks: app code and what it bundles)"],
  [/node_modules[/_]zod/, "zod"],
  [/fast-xml-parser/, "fast-xml-parser"],
  [/\/(lib|app|components|bench|mock-banks)\/|\[project\]/, "gateway code (lib, app)"],
  [/^node:internal\/crypto|^node:crypto/, "crypto (RSA signatures, hashes)"],
  [/^node:zlib/, "zlib (response compression)"],
  [/^node:internal\/modules|^node:vm|^node:internal\/vm/, "module loading"],
  [
    /^node:internal\/deps\/undici|^node:internal\/webstreams/,
    "undici and web streams (fetch, Request/Response)",
  ],
  [/^node:/, "Node.js internals (http, net, streams, events, timers)"],
];

/** Native frames without a script: the few that matter get a name of their own. */
function nativeCategory(functionName: string): string {
  if (functionName === "(garbage collector)") return "GC";
  if (functionName === "(idle)") return "(idle)";
  if (functionName === "(program)") return "(program: native, JIT, not attributed)";
  if (/^write(v|Buffer|Utf8String|Latin1String)$/.test(functionName)) return "socket writes (syscalls)";
  if (/^(readFileUtf8|dlopen|compileSourceTextModule|internalModuleStat)$/.test(functionName))
    return "module loading";
  return `native: ${functionName || "anonymous"}`;
}

function categoryOf(functionName: string, url: string): string {
  if (!url) return nativeCategory(functionName);
  for (const [pattern, name] of CATEGORIES) if (pattern.test(url)) return name;
  return url
    .replace(/^.*\/node_modules\//, "")
    .split("/")
    .slice(0, 2)
    .join("/");
}

export type ProfileSummary = {
  busySeconds: number;
  byCategory: { category: string; seconds: number; percent: number }[];
  topFunctions: { fn: string; where: string; seconds: number; percent: number }[];
};

/** Summarizes the samples taken after the first `skipMs` (start-up and warm-up) of the profile. */
export function summarizeCpuProfile(file: string, skipMs = 0, top = 25): ProfileSummary {
  const profile = profileSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  // Each sample stands for the time until the next one; timeDeltas[i] is the gap before sample i.
  const hits = new Map<number, number>();
  let elapsedUs = 0;
  profile.samples.forEach((nodeId, index) => {
    elapsedUs += profile.timeDeltas[index] ?? 0;
    if (elapsedUs < skipMs * 1000) return;
    const us = profile.timeDeltas[index + 1] ?? 0;
    hits.set(nodeId, (hits.get(nodeId) ?? 0) + us);
  });
  const categories = new Map<string, number>();
  const functions = new Map<string, { fn: string; where: string; ms: number }>();
  for (const node of profile.nodes) {
    const ms = (hits.get(node.id) ?? 0) / 1000;
    if (ms === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const category = categoryOf(functionName, url);
    categories.set(category, (categories.get(category) ?? 0) + ms);
    if (category === "(idle)") continue;
    const where = `${url.replace(/^.*\/(node_modules|\.next)\//, "$1/")}:${lineNumber + 1}`;
    const key = `${functionName}@${where}`;
    const entry = functions.get(key) ?? { fn: functionName || "(anonymous)", where, ms: 0 };
    entry.ms += ms;
    functions.set(key, entry);
  }
  const busyMs =
    [...categories].filter(([name]) => name !== "(idle)").reduce((sum, [, ms]) => sum + ms, 0) || 1;
  const pct = (ms: number) => Math.round((ms / busyMs) * 1000) / 10;
  const sec = (ms: number) => Math.round(ms) / 1000;
  return {
    busySeconds: sec(busyMs),
    byCategory: [...categories]
      .filter(([name]) => name !== "(idle)")
      .sort((a, b) => b[1] - a[1])
      .map(([category, ms]) => ({ category, seconds: sec(ms), percent: pct(ms) })),
    topFunctions: [...functions.values()]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top)
      .map((f) => ({ fn: f.fn, where: f.where, seconds: sec(f.ms), percent: pct(f.ms) })),
  };
}
