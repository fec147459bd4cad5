import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditLog } from "@/generated/prisma/client";
import { TableHead } from "@/components/admin/table-head";
import { TableRegion, TD } from "@/components/dashboard/table-region";

/** Only the fields that changed, so a before/after pair reads as a diff. */
export function changedFields(
  before: unknown,
  after: unknown,
): { field: string; from: string; to: string }[] {
  const record = (value: unknown): Record<string, unknown> =>
    value && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value))
      : {};
  const a = record(before);
  const b = record(after);
  const show = (value: unknown) =>
    value === undefined || value === null ? "—" : typeof value === "string" ? value : JSON.stringify(value);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((field) => JSON.stringify(a[field] ?? null) !== JSON.stringify(b[field] ?? null))
    .map((field) => ({ field, from: show(a[field]), to: show(b[field]) }));
}

/** Audit entries as a table: when, who, what, and what changed (before → after). */
export async function AuditTrail({
  entries,
  showTarget = false,
}: {
  entries: AuditLog[];
  showTarget?: boolean;
}) {
  const t = await getTranslations("admin.audit");
  const format = await getFormatter();
  if (entries.length === 0) return <p className="text-slate-700">{t("empty")}</p>;
  return (
    <TableRegion label={t("title")}>
      <table className="w-full text-sm" data-testid="audit-log">
        <TableHead
          columns={[t("when"), t("who"), t("what"), ...(showTarget ? [t("target")] : []), t("changes")]}
        />
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className="border-b border-slate-100">
              <td className={`${TD} whitespace-nowrap`}>
                <time dateTime={entry.createdAt.toISOString()}>
                  {format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
                </time>
              </td>
              <td className={TD}>{entry.actorEmail ?? t("system")}</td>
              <td className={`${TD} font-mono`}>{entry.action}</td>
              {showTarget ? (
                <td className={`${TD} max-w-48 font-mono text-xs break-all`}>
                  {entry.targetType}:{entry.targetId}
                </td>
              ) : null}
              <td className={`${TD} min-w-80 break-words`}>
                <ul className="flex flex-col gap-0.5">
                  {changedFields(entry.before, entry.after).map((change) => (
                    <li key={change.field}>
                      <span className="font-medium">{change.field}</span>: {change.from} → {change.to}
                    </li>
                  ))}
                </ul>
                {entry.note ? <p className="text-slate-700">“{entry.note}”</p> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
