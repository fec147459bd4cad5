// Job handlers by type. Domains register theirs at start-up (lib/jobs/handlers.ts), which keeps the
// queue free of imports from the domains it serves.
export type JobHandler = (payload: unknown) => Promise<void>;

const handlers = new Map<string, JobHandler>();

export function registerJobHandler(type: string, handler: JobHandler): void {
  handlers.set(type, handler);
}

export function jobHandler(type: string): JobHandler | undefined {
  return handlers.get(type);
}

export function registeredJobTypes(): string[] {
  return [...handlers.keys()];
}
