import type { ApplicationStatus } from "@/generated/prisma/client";
import { StatusBadge, type BadgeTone } from "@/components/dashboard/status-badge";

const TONE: Record<ApplicationStatus, BadgeTone> = {
  SUBMITTED: "info",
  IN_REVIEW: "warning",
  APPROVED: "success",
  REJECTED: "danger",
  CHANGES_REQUESTED: "warning",
  CANCELLED: "neutral",
};

export function ApplicationStatusBadge({ status, label }: { status: ApplicationStatus; label: string }) {
  return (
    <StatusBadge tone={TONE[status]} testId="application-status-badge">
      {label}
    </StatusBadge>
  );
}
