// Runs once when a server instance starts: every instance works the shared job queue.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  if (!env.PAYLANE_WORKERS) return;
  const { startProcessWorker } = await import("./lib/jobs/process-worker");
  startProcessWorker();
}
