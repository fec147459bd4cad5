// The mock banks as a process of their own: `tsx mock-banks/server.ts` (see mock-banks/README.md).
import { mockBankOptionsFromEnv } from "./env";
import { startMockBanks } from "./start";

async function main(): Promise<void> {
  const running = await startMockBanks(mockBankOptionsFromEnv(process.env));
  for (const bank of running.banks) {
    console.log(`${bank.nameZh} ${bank.nameEn} (${bank.code}, ${bank.wireFormat}) listening on ${bank.url}`);
  }
  const shutdown = () => {
    void running.stop().then(() => process.exit(0));
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  console.error("mock banks failed to start:", error);
  process.exit(1);
});
