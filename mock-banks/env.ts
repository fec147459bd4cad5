import { BANK_PROFILES } from "./profiles";
import type { StartMockBanksOptions } from "./start";

/**
 * Reads the mock banks' settings from environment variables (the banks are a separate system, so they do
 * not use the gateway's lib/env). Unset or empty variables keep the defaults of startMockBanks.
 */
export function mockBankOptionsFromEnv(env: Record<string, string | undefined>): StartMockBanksOptions {
  const int = (name: string): number | undefined => {
    const value = env[name];
    if (value === undefined || value === "") return undefined;
    if (!/^\d+$/.test(value)) throw new Error(`${name} must be a whole number, got "${value}"`);
    return Number(value);
  };
  const ports: Record<string, number> = {};
  for (const profile of BANK_PROFILES) {
    const port = int(`MOCK_BANK_${profile.code.toUpperCase()}_PORT`);
    if (port !== undefined) ports[profile.code] = port;
  }
  const options: StartMockBanksOptions = {
    dataDir: env.MOCK_BANKS_DATA_DIR || undefined,
    host: env.MOCK_BANK_HOST || undefined,
    portBase: int("MOCK_BANK_PORT_BASE"),
    ports,
    gatewayPublicKeyPem: env.GATEWAY_PUBLIC_KEY_PEM || undefined,
    gatewayPublicKeyUrl: env.GATEWAY_PUBLIC_KEY_URL || undefined,
    slowMs: int("MOCK_BANK_SLOW_MS"),
    asyncDelayMs: int("MOCK_BANK_ASYNC_MS"),
    notifyBackoffMs: int("MOCK_BANK_NOTIFY_BACKOFF_MS"),
    notifyMaxAttempts: int("MOCK_BANK_NOTIFY_ATTEMPTS"),
    testControls: env.MOCK_BANK_TEST_CONTROLS ? env.MOCK_BANK_TEST_CONTROLS !== "off" : undefined,
  };
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}
