import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { summarizeCpuProfile, type ProfileSummary } from "../support/cpu-profile";
import type { LoadPlan } from "../support/load";
import type { MerchantCredentials } from "../support/signed-request";
import type { BenchStack } from "../support/stack";
import { benchEndToEnd } from "./end-to-end";

// Where the app's CPU goes under end-to-end load: the app is restarted under V8's CPU profiler
// (node --cpu-prof, written when the server exits on SIGTERM), runs the uniform mix again, and the
// profile's samples after start-up and warm-up are summarised (support/cpu-profile.ts). Run after the
// measured scenarios: profiling slows the app, so its throughput is not reported.

export async function profileApp(
  stack: BenchStack,
  plan: LoadPlan,
  mix: { label: string; merchants: readonly MerchantCredentials[] },
  maxAwaiting: number,
  appEnv: Record<string, string>,
): Promise<ProfileSummary> {
  const dir = mkdtempSync(path.join(tmpdir(), "paylane-app-profile-"));
  try {
    await stack.stopApp();
    const spawnedAt = performance.now();
    await stack.startApp({ env: appEnv, nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${dir}`] });
    // The end-to-end run warms up for plan.warmupMs and then 2 s more before its measured window.
    const skipMs = performance.now() - spawnedAt + plan.warmupMs + 2_000;
    await benchEndToEnd(stack, plan, mix, maxAwaiting);
    await stack.stopApp();
    // The server's own profile is the largest (worker threads, if any, write their own).
    const file = readdirSync(dir)
      .filter((name) => name.endsWith(".cpuprofile"))
      .map((name) => ({ name, size: statSync(path.join(dir, name)).size }))
      .sort((a, b) => b.size - a.size)[0]?.name;
    if (!file) throw new Error("the app wrote no CPU profile");
    return summarizeCpuProfile(path.join(dir, file), skipMs);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
