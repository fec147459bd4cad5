export type BankErrorCode =
  /** The message's signature does not verify with the bank's key: forged, tampered or another bank's. */
  | "signature_invalid"
  /** The message could not be read in the bank's wire format. */
  | "malformed"
  /** A valid message of the wrong kind (e.g. a refund result where a payment result was expected). */
  | "unexpected_message"
  /** The bank could not be reached, timed out, or answered with an HTTP error. Retrying is safe. */
  | "unavailable"
  /** The bank refused our request at protocol level (our signature, format or clock). */
  | "refused"
  /** The bank cannot do what was asked (e.g. a currency it does not take); nothing was sent. */
  | "unsupported"
  | "unknown_bank";

/** The one error the bank layer throws; `code` says what went wrong, never with card data. */
export class BankError extends Error {
  constructor(
    readonly code: BankErrorCode,
    message: string,
    readonly bank?: string,
    options?: { cause?: unknown },
  ) {
    super(bank ? `${bank}: ${message}` : message, options);
    this.name = "BankError";
  }
}

export function isBankError(error: unknown): error is BankError {
  return error instanceof BankError;
}
