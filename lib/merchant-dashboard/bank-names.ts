import { BANKS } from "@/lib/banks";

/** A bank's (or prepaid issuer's) name for people, in their language; unknown codes show as they are. */
export function bankName(code: string | null, locale: string): string | null {
  if (!code) return null;
  const bank = BANKS.find((candidate) => candidate.code === code);
  if (!bank) return code;
  return locale === "zh" ? bank.name.zh : bank.name.en;
}
