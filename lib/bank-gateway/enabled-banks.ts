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

/** The banks shoppers may choose, in display order (banks join in batches: admins switch them). */
export async function enabledBanks(db: Db): Promise<BankStatus[]> {
  return (await bankStatuses(db)).filter((bank) => bank.enabled);
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
