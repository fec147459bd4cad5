import type { Db } from "@/lib/db";
import type { BankEntry } from "@/lib/banks";
import { AppError } from "@/lib/errors";
import { bankRegistry } from "./registry";

export type BankStatus = BankEntry & { enabled: boolean; updatedBy: string | null; updatedAt: Date | null };

/** Every registered bank with its switch. A bank nobody has switched is enabled. */
export async function bankStatuses(db: Db): Promise<BankStatus[]> {
  const settings = new Map((await db.bankSetting.findMany()).map((s) => [s.code, s]));
  return bankRegistry()
    .list()
    .map((bank) => {
      const setting = settings.get(bank.code);
      return {
        ...bank,
        enabled: setting?.enabled ?? true,
        updatedBy: setting?.updatedBy ?? null,
        updatedAt: setting?.updatedAt ?? null,
      };
    });
}

/**
 * How long an instance goes on using the bank switches it read: an admin's switch reaches the other
 * instances within this time, and this one at once. Every checkout page and bank choice needs them.
 */
const SWITCHES_TTL_MS = 5_000;

let switches: { readAt: number; enabledByCode: Promise<Map<string, boolean>> } | undefined;

function bankSwitches(db: Db): Promise<Map<string, boolean>> {
  const at = performance.now();
  if (!switches || at - switches.readAt > SWITCHES_TTL_MS) {
    const reading = db.bankSetting
      .findMany({ select: { code: true, enabled: true } })
      .then((rows) => new Map(rows.map((row) => [row.code, row.enabled])));
    switches = { readAt: at, enabledByCode: reading };
    // A failed read is not kept: the next caller tries again.
    reading.catch(() => {
      if (switches?.enabledByCode === reading) switches = undefined;
    });
  }
  return switches.enabledByCode;
}

/** The banks shoppers may choose, in display order (banks join in batches: admins switch them). */
export async function enabledBanks(db: Db): Promise<BankEntry[]> {
  const enabledByCode = await bankSwitches(db);
  return bankRegistry()
    .list()
    .filter((bank) => enabledByCode.get(bank.code) ?? true);
}

/** An admin switches a bank on or off for new payments; attempts already at the bank carry on. */
export async function setBankEnabled(
  db: Db,
  input: { code: string; enabled: boolean; by: string },
): Promise<void> {
  if (!bankRegistry().get(input.code)) throw new AppError("not_found", "No such bank.", "code");
  await db.bankSetting.upsert({
    where: { code: input.code },
    create: { code: input.code, enabled: input.enabled, updatedBy: input.by },
    update: { enabled: input.enabled, updatedBy: input.by },
  });
  switches = undefined;
}

/** The enabled banks as a shopper chooses among them: code, name in `locale`, brand colour. */
export async function bankOptions(
  db: Db,
  locale: string,
): Promise<{ code: string; name: string; colour: string }[]> {
  return (await enabledBanks(db)).map((b) => ({
    code: b.code,
    name: locale === "zh" ? b.name.zh : b.name.en,
    colour: b.colour,
  }));
}
