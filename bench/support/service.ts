import { spawn, type ChildProcess } from "node:child_process";

// A child process the bench started (the app, the mock banks) and must stop again, whatever happens:
// every service is registered here, and stopAllServices runs on exit and on Ctrl-C.

export type Service = {
  name: string;
  pid: number;
  child: ChildProcess;
  /** The last lines it printed, for error messages when it dies or never gets ready. */
  output: () => string;
  stop: () => Promise<void>;
};

const running = new Set<Service>();

export function startService(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  onLine?: (line: string) => void,
): Service {
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  if (child.pid === undefined) throw new Error(`${name} did not start`);
  const lines: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) {
      if (!line.trim()) continue;
      lines.push(line);
      if (lines.length > 40) lines.shift();
      onLine?.(line);
    }
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const service: Service = {
    name,
    pid: child.pid,
    child,
    output: () => lines.join("\n"),
    stop: async () => {
      running.delete(service);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(killer);
    },
  };
  running.add(service);
  return service;
}

export async function stopAllServices(): Promise<void> {
  await Promise.all([...running].map((service) => service.stop()));
}

/** Polls `probe` until it returns true, failing with the service's output after `timeoutMs`. */
export async function waitUntil(
  service: Service,
  probe: () => Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) {
      throw new Error(`${service.name} exited (${service.child.exitCode}):\n${service.output()}`);
    }
    if (await probe().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${service.name} not ready after ${timeoutMs / 1000} s:\n${service.output()}`);
}
