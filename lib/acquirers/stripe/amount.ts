/**
 * Stripe takes amounts as JSON numbers in the currency's minor unit; for CNY that is the fen, the
 * gateway's own unit. Money stays bigint everywhere else: these two functions are the boundary.
 */
export function toStripeAmount(amount: bigint): number {
  const value = Number(amount);
  if (amount <= 0n || !Number.isSafeInteger(value)) throw new RangeError(`amount out of range: ${amount}`);
  return value;
}

export function fromStripeAmount(amount: number): bigint {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Stripe amount is not an integer: ${amount}`);
  return BigInt(amount);
}

/** ISO 4217 as the gateway writes it ("CNY") and as Stripe does ("cny"). */
export const toStripeCurrency = (currency: string): string => currency.toLowerCase();
export const fromStripeCurrency = (currency: string): string => currency.toUpperCase();
