// Latency samples and their summary. Every sample is kept (a 20 s run makes at most some tens of
// thousands), so percentiles are exact rather than read from buckets.

export type LatencySummary = {
  count: number;
  meanMs: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
};

export class Samples {
  private values: number[] = [];

  add(ms: number): void {
    this.values.push(ms);
  }

  get count(): number {
    return this.values.length;
  }

  summary(): LatencySummary {
    return summarize(this.values);
  }
}

/** The value below which `q` (0..1) of the sorted samples fall (nearest rank). */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

export function summarize(values: readonly number[]): LatencySummary {
  const sorted = [...values].sort((a, b) => a - b);
  const total = sorted.reduce((sum, v) => sum + v, 0);
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    count: sorted.length,
    meanMs: round(sorted.length ? total / sorted.length : 0),
    p50Ms: round(percentile(sorted, 0.5)),
    p90Ms: round(percentile(sorted, 0.9)),
    p99Ms: round(percentile(sorted, 0.99)),
    maxMs: round(sorted[sorted.length - 1] ?? 0),
  };
}

/** Per-stage samples, in the order stages were first seen (the order of the flow). */
export class StageSamples {
  private readonly stages = new Map<string, Samples>();

  /** `order`: the stages in the order of the flow, whichever happens to be measured first. */
  constructor(order: readonly string[] = []) {
    for (const stage of order) this.stages.set(stage, new Samples());
  }

  add(stage: string, ms: number): void {
    let samples = this.stages.get(stage);
    if (!samples) {
      samples = new Samples();
      this.stages.set(stage, samples);
    }
    samples.add(ms);
  }

  summaries(): Record<string, LatencySummary> {
    return Object.fromEntries(
      [...this.stages]
        .filter(([, samples]) => samples.count > 0)
        .map(([stage, samples]) => [stage, samples.summary()]),
    );
  }
}
