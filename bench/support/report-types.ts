import type { CreatePaymentsResult } from "../scenarios/create-payments";
import type { EndToEndResult } from "../scenarios/end-to-end";
import type { EndpointCost } from "../scenarios/endpoint-cost";
import type { FrameworkFloor } from "../scenarios/framework-floor";
import type { CeilingResult } from "../scenarios/ledger-ceiling";
import type { QueryCost } from "../scenarios/query-cost";
import type { RefundBatchBenchResult } from "../scenarios/refund-batch";
import type { ProfileSummary } from "./cpu-profile";
import type { ExplainedQuery } from "./explain";
import type { LedgerCheckResult } from "./ledger-check";
import type { MachineState } from "./machine";
import type { StageQueries } from "./query-log";

// Everything `npm run bench` measured, as printed and as written to bench/results/<timestamp>.json.

export type BenchPlan = {
  concurrency: number;
  warmupSeconds: number;
  durationSeconds: number;
  merchants: number;
  maxAwaitingNotification: number;
  appEnv: Record<string, string>;
  /** The scenarios `--only` picked (all when absent). */
  only?: string[];
};

export type BenchReport = {
  startedAt: string;
  finishedAt: string;
  plan: BenchPlan;
  machine: MachineState;
  quietAtStart: boolean;
  /** Other people's heavy jobs seen after each scenario (the figure may be low if any). */
  othersDuring: Record<string, string[]>;
  queryProfile?: Record<string, Omit<StageQueries, "firstRun"> & { firstRun: string[] }>;
  queryCost?: QueryCost[];
  createPayments?: CreatePaymentsResult;
  endpointCosts?: EndpointCost[];
  endToEnd: { uniform?: EndToEndResult; hot?: EndToEndResult; uniformTwoProcesses?: EndToEndResult };
  frameworkFloor?: FrameworkFloor;
  appProfile?: ProfileSummary;
  explain?: ExplainedQuery[];
  ceiling: { uniform?: CeilingResult; hot?: CeilingResult; uniformNotificationFirst?: CeilingResult };
  ratios: { uniform?: number; hot?: number };
  ledger?: LedgerCheckResult;
  refundBatch?: RefundBatchBenchResult;
};
