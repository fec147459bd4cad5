import { maskCardNumber } from "@/lib/payments";

/**
 * How the dashboard shows who paid. Card numbers are stored masked already; a wallet payer's email is
 * masked too (first two characters of the name kept), as wallet providers show accounts to merchants:
 * enough to recognise a customer who calls, not a mailing list.
 */
export function maskPayer(ref: string | null): string | null {
  if (!ref) return null;
  const at = ref.lastIndexOf("@");
  if (at > 0) {
    const name = ref.slice(0, at);
    return `${name.slice(0, Math.min(2, name.length - 1))}***${ref.slice(at)}`;
  }
  // Belt and braces: a full card number that slipped through is masked here as well.
  return /^[0-9 -]{13,23}$/.test(ref) ? maskCardNumber(ref) : ref;
}
