/** Card and account numbers never appear whole in logs or shown records: only the last four digits. */
export function maskNumber(value: string): string {
  const digits = value.replace(/\D/g, "");
  return digits.length <= 4 ? "****" : `****${digits.slice(-4)}`;
}
