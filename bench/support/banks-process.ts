// The mock banks in a process of their own for the bench, so that their CPU (page rendering, RSA
// signatures, journals) is measured apart from the load generator's. Configured like
// mock-banks/server.ts through MOCK_BANK_* variables; prints one "READY <json>" line when listening.
import { mockBankOptionsFromEnv, startMockBanks } from "../../mock-banks";

const running = await startMockBanks({
  ...mockBankOptionsFromEnv(process.env),
  // A line per payment would cost the banks more than the payment itself.
  log: () => {},
});
console.log(`READY ${JSON.stringify(running.banks.map((bank) => ({ code: bank.code, url: bank.url })))}`);

const shutdown = () => {
  void running.stop().then(() => process.exit(0));
};
process.once("SIGTERM", shutdown);
process.once("SIGINT", shutdown);
