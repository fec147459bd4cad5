import { BankError } from "./errors";

// Reading values out of verified bank messages. A verified message can still be malformed (a bank bug);
// every reader throws BankError("malformed") rather than letting a bad value into the gateway.

export function requiredText(bank: string, value: string | undefined, field: string): string {
  if (value === undefined || value === "") throw new BankError("malformed", `${field} is missing`, bank);
  return value;
}

/** Integer minor units, digits only: never parsed through a float. */
export function requiredFen(bank: string, value: string | undefined, field: string): bigint {
  if (value === undefined || !/^\d{1,18}$/.test(value))
    throw new BankError("malformed", `${field} is not an amount`, bank);
  return BigInt(value);
}

export function optionalFen(bank: string, value: string | undefined, field: string): bigint | undefined {
  return value === undefined || value === "" ? undefined : requiredFen(bank, value, field);
}

export function requiredDate(bank: string, value: Date | undefined, field: string): Date {
  if (value === undefined || Number.isNaN(value.getTime()))
    throw new BankError("malformed", `${field} is not a time`, bank);
  return value;
}

/** Records from query-string and form parameters, refusing a key that appears twice. */
export function paramsRecord(
  bank: string,
  params: URLSearchParams | Record<string, string>,
): Record<string, string> {
  if (!(params instanceof URLSearchParams)) return { ...params };
  const result: Record<string, string> = {};
  for (const [key, value] of params) {
    if (Object.hasOwn(result, key)) throw new BankError("malformed", `parameter ${key} appears twice`, bank);
    result[key] = value;
  }
  return result;
}

/** Maps a bank's code through a table; codes we do not know get the fallback. */
export function lookup<T extends string>(table: Record<string, T>, code: string | undefined, fallback: T): T {
  return (code !== undefined && Object.hasOwn(table, code) ? table[code] : undefined) ?? fallback;
}
