import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { REPORT_GROUPINGS, type ReportRange } from "@/lib/reports/report-range";

/** One CSV download per grouping, for the range on screen. */
export async function ReportDownloads({ range }: { range: ReportRange }) {
  const t = await getTranslations("reports.download");
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-slate-700">{t("lead")}</p>
      <ul className="flex flex-wrap gap-3">
        {REPORT_GROUPINGS.map((group) => {
          const query = new URLSearchParams({ group, from: range.firstDay, to: range.lastDay });
          return (
            <li key={group}>
              <a
                href={`/admin/reports/download?${query}`}
                className={buttonClass("secondary")}
                data-testid={`download-${group}`}
                download
              >
                {t(group)}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
