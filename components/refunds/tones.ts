import type { BadgeTone } from "@/components/dashboard/status-badge";

const TONES: Record<string, BadgeTone> = {
  PROCESSING: "info",
  SUCCEEDED: "success",
  FAILED: "danger",
  PREVIEW: "warning",
  SUBMITTED: "success",
  CANCELLED: "neutral",
  ok: "success",
  already_refunded: "neutral",
};

/** The badge tone of a refund or batch status, or of a row's verdict (any refusal is "danger"). */
export function refundTone(value: string): BadgeTone {
  return TONES[value] ?? "danger";
}
