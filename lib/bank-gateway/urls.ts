import { env } from "@/lib/env";

/** Where a bank sends the shopper back (GET or POST). */
export function bankReturnUrl(bankCode: string): string {
  return `${env.APP_URL}/pay/bank/${encodeURIComponent(bankCode)}/return`;
}

/** Where a bank posts its asynchronous, signed payment notification. */
export function bankNotifyUrl(bankCode: string): string {
  return `${env.APP_URL}/api/banks/${encodeURIComponent(bankCode)}/notify`;
}

/** Where a bank posts its asynchronous, signed refund result. */
export function bankRefundNotifyUrl(bankCode: string): string {
  return `${env.APP_URL}/api/banks/${encodeURIComponent(bankCode)}/refunds/notify`;
}
