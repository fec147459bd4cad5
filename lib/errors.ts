// One error class for the whole app. Codes are the merchant API's codes (shared/spec/merchant-api.md)
// plus a few for the web UI; they map to HTTP statuses here and nowhere else.
export const ERROR_STATUS = {
  invalid_request: 400,
  signature_invalid: 401,
  timestamp_out_of_range: 401,
  nonce_reused: 401,
  unauthenticated: 401,
  forbidden: 403,
  merchant_not_active: 403,
  not_found: 404,
  order_conflict: 409,
  conflict: 409,
  payment_not_refundable: 422,
  refund_window_expired: 422,
  amount_exceeds_refundable: 422,
  merchant_balance_insufficient: 422,
  insufficient_funds: 422,
  rate_limited: 429,
  internal_error: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "AppError";
    this.status = ERROR_STATUS[code];
  }

  toJSON() {
    return {
      error: { code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}) },
    };
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
