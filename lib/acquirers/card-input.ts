import { CardDetails } from "./card-details";

/** The checkout form's card fields, as typed. */
export type CardInput = { number: string; expMonth: string; expYear: string; cvc: string; name: string };
export type CardField = keyof CardInput;

/** Message keys (checkout.errors.*) for each field's first problem. */
export type CardFieldError =
  | "required"
  | "card_number_invalid"
  | "card_expiry_month_invalid"
  | "card_expiry_year_invalid"
  | "card_expired"
  | "card_cvc_invalid"
  | "card_name_invalid";

export type CardInputResult =
  { ok: true; card: CardDetails } | { ok: false; fieldErrors: Partial<Record<CardField, CardFieldError>> };

/** The Luhn checksum every payment card number carries; it catches most typing mistakes. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

// Shoppers copy numbers grouped by spaces or dashes; nothing else is accepted.
const CARD_NUMBER = /^[0-9]{12,19}$/;
// A card is valid through the last day of its expiry month; cards are not issued for more than 20 years.
const MAX_YEARS_AHEAD = 20;

function parseYear(text: string, at: Date): number | null {
  if (!/^[0-9]{2}$|^[0-9]{4}$/.test(text)) return null;
  const year = text.length === 2 ? 2000 + Number(text) : Number(text);
  return year <= at.getUTCFullYear() + MAX_YEARS_AHEAD ? year : null;
}

/**
 * Checks the card fields before anything leaves the gateway: a Luhn-valid number, an expiry month and
 * year not in the past (the card works through its expiry month), a 3–4 digit CVC and the cardholder's
 * name. Returns the card wrapped so it cannot be logged by accident.
 */
export function parseCardInput(input: CardInput, at: Date): CardInputResult {
  const errors: Partial<Record<CardField, CardFieldError>> = {};
  const number = input.number.replace(/[\s-]/g, "");
  const monthText = input.expMonth.trim();
  const month = /^[0-9]{1,2}$/.test(monthText) ? Number(monthText) : NaN;
  const year = parseYear(input.expYear.trim(), at);
  const cvc = input.cvc.trim();
  const name = input.name.trim().replace(/\s+/g, " ");

  if (!number) errors.number = "required";
  else if (!CARD_NUMBER.test(number) || !luhnValid(number)) errors.number = "card_number_invalid";
  if (!monthText) errors.expMonth = "required";
  else if (!(month >= 1 && month <= 12)) errors.expMonth = "card_expiry_month_invalid";
  if (!input.expYear.trim()) errors.expYear = "required";
  else if (year === null) errors.expYear = "card_expiry_year_invalid";
  else if (!errors.expMonth && year * 12 + month < at.getUTCFullYear() * 12 + at.getUTCMonth() + 1)
    errors.expYear = "card_expired";
  if (!cvc) errors.cvc = "required";
  else if (!/^[0-9]{3,4}$/.test(cvc)) errors.cvc = "card_cvc_invalid";
  if (!name) errors.name = "required";
  else if (name.length > 100) errors.name = "card_name_invalid";

  if (Object.keys(errors).length > 0 || year === null) return { ok: false, fieldErrors: errors };
  return { ok: true, card: new CardDetails({ number, expMonth: month, expYear: year, cvc, name }) };
}
