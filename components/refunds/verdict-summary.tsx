import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { BATCH_VERDICTS, type BatchVerdict } from "@/lib/refunds/batch";
import { refundTone } from "./tones";

/** How many rows got each verdict, in the order the verdicts are listed (valid first). */
export async function VerdictSummary({ verdicts }: { verdicts: Partial<Record<BatchVerdict, number>> }) {
  const t = await getTranslations("refunds");
  const present = BATCH_VERDICTS.filter((verdict) => verdicts[verdict]);
  return (
    <section aria-labelledby="verdicts-title">
      <h2 id="verdicts-title" className="mb-2 text-lg font-semibold text-slate-900">
        {t("batch.verdictsTitle")}
      </h2>
      <ul className="flex flex-wrap gap-2" data-testid="verdict-summary">
        {present.map((verdict) => (
          <li key={verdict} data-testid={`verdict-count-${verdict}`}>
            <StatusBadge tone={refundTone(verdict)}>
              {t(`verdicts.${verdict}`)}: {verdicts[verdict]}
            </StatusBadge>
          </li>
        ))}
      </ul>
    </section>
  );
}
