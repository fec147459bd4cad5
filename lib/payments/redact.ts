// Bank messages are kept for the payment timeline, but a full card number, password or PIN must never
// be stored (PCI DSS). Connectors should not pass them in the first place; this is the safety net.

// 13–19 digits, possibly grouped by spaces or dashes, not part of a longer number.
const DIGIT_RUN = /(?<![0-9])[0-9](?:[ -]?[0-9]){12,18}(?![0-9])/g;

/**
 * Whether a digit run could be a card number, by its issuer prefix (3 Amex/JCB, 4 Visa, 5 Mastercard,
 * 6 UnionPay/Discover, 9 domestic prepaid, 2221–2720 Mastercard). Compact timestamps ("2026112208…")
 * and most reference numbers start otherwise and are kept readable.
 */
function looksLikeCardNumber(digits: string): boolean {
  if (/^[34569]/.test(digits)) return true;
  const bin = Number(digits.slice(0, 6));
  return bin >= 222100 && bin <= 272099;
}

// A secret's value after its name, in the wire formats banks use: JSON, XML, form and key=value.
const SECRET_NAMES = "password|passwd|pwd|pin|pinblock|pin_block|cvv|cvv2|cvc|cvn|otp|smscode";
const JSON_SECRET = new RegExp(`("(?:${SECRET_NAMES})"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, "gi");
const XML_SECRET = new RegExp(`(<(${SECRET_NAMES})(?:\\s[^>]*)?>)[^<]*(</\\2>)`, "gi");
const PAIR_SECRET = new RegExp(`((?:^|[&;,\\s?])(?:${SECRET_NAMES})=)[^&;,\\s]*`, "gi");

/** A card number as people may see it: first six and last four digits. */
export function maskCardNumber(digits: string): string {
  const only = digits.replace(/[^0-9]/g, "");
  if (only.length < 10) return "*".repeat(only.length);
  return `${only.slice(0, 6)}${"*".repeat(only.length - 10)}${only.slice(-4)}`;
}

export function redactSecrets(text: string): string {
  return text
    .replace(JSON_SECRET, '$1"***"')
    .replace(XML_SECRET, "$1***$3")
    .replace(PAIR_SECRET, "$1***")
    .replace(DIGIT_RUN, (match) => {
      const digits = match.replace(/[^0-9]/g, "");
      return looksLikeCardNumber(digits) ? maskCardNumber(digits) : match;
    });
}
