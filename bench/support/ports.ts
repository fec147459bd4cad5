// The bench's own ports, apart from development (3000, 4101+) and e2e (3100, 4201+), so a bench can run
// beside both.
export const BENCH_PORTS = {
  app: 3200,
  bankBase: 4301,
  merchantSink: 3290,
  /** The in-process gateway endpoint of the query profile (the bench process's APP_URL). */
  profileGateway: 3291,
} as const;

export const BENCH_APP_URL = `http://127.0.0.1:${BENCH_PORTS.app}`;
