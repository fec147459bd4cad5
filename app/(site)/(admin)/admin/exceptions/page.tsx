import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { PageLinks } from "@/components/admin/page-links";
import { TableHead } from "@/components/admin/table-head";
import { SelectField } from "@/components/dashboard/form-controls";
import { TableRegion, TD } from "@/components/dashboard/table-region";
import { Button } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/page-title";
import type { Prisma } from "@/generated/prisma/client";
import { ExceptionKind, ExceptionStatus } from "@/generated/prisma/enums";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { bankStatuses } from "@/lib/bank-gateway/enabled-banks";
import { db } from "@/lib/db";
import { listCases } from "@/lib/exceptions/list-cases";
import { isCalendarDay } from "@/lib/merchant-dashboard/shanghai-day";
import { formatCny } from "@/lib/money";
import { parseEvidence } from "@/lib/reconciliation/case-evidence";

export const metadata: Metadata = { title: "Exceptions" };

/** The movement's amount, as the bank reports it (or the gateway, when the bank has no line). */
function amountOf(json: Prisma.JsonValue): bigint {
  const { bank, gateway } = parseEvidence(json);
  return bank?.amount ?? gateway?.amount ?? 0n;
}

const filterSchema = z.object({
  status: z.enum(["all", ...Object.values(ExceptionStatus)]).catch("OPEN"),
  kind: z.enum(Object.values(ExceptionKind)).optional().catch(undefined),
  bank: z
    .string()
    .regex(/^[a-z0-9_-]{1,32}$/)
    .optional()
    .catch(undefined),
  day: z.string().refine(isCalendarDay).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** The exception queue: open cases first by default, filtered by status, kind, bank (and day). */
export default async function ExceptionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requireUser(STAFF_ROLES, "/admin/exceptions");
  const t = await getTranslations("exceptions");
  const format = await getFormatter();
  const filter = filterSchema.parse(await searchParams);
  const [{ cases, hasMore, page }, banks] = await Promise.all([
    listCases(db, {
      status: filter.status === "all" ? undefined : filter.status,
      kind: filter.kind,
      bankCode: filter.bank,
      businessDay: filter.day,
      page: filter.page,
    }),
    bankStatuses(db),
  ]);
  const any = { value: "", label: t("any") };
  return (
    <div className="flex flex-col gap-6">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <form
        method="get"
        className="grid items-end gap-3 md:grid-cols-4"
        role="search"
        aria-label={t("filters")}
      >
        {filter.day ? <input type="hidden" name="day" value={filter.day} /> : null}
        <SelectField
          name="status"
          label={t("status")}
          options={[
            { value: "all", label: t("any") },
            ...Object.values(ExceptionStatus).map((s) => ({ value: s, label: t(`statuses.${s}`) })),
          ]}
          defaultValue={filter.status}
        />
        <SelectField
          name="kind"
          label={t("kind")}
          options={[any, ...Object.values(ExceptionKind).map((k) => ({ value: k, label: t(`kinds.${k}`) }))]}
          defaultValue={filter.kind ?? ""}
        />
        <SelectField
          name="bank"
          label={t("bank")}
          options={[any, ...banks.map((b) => ({ value: b.code, label: b.code.toUpperCase() }))]}
          defaultValue={filter.bank ?? ""}
        />
        <div>
          <Button variant="secondary">{t("apply")}</Button>
        </div>
      </form>
      {cases.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <TableRegion label={t("title")}>
          <table className="w-full text-sm" data-testid="exception-queue">
            <TableHead
              columns={[
                t("kind"),
                t("reference"),
                t("bank"),
                t("day"),
                t("amount"),
                t("difference"),
                t("status"),
                t("opened"),
              ]}
            />
            <tbody>
              {cases.map((c) => (
                <tr key={c.id} className="border-b border-slate-100">
                  <td className={TD}>
                    <Link href={`/admin/exceptions/${c.id}`} className="font-medium text-brand-600 underline">
                      {t(`kinds.${c.kind}`)}
                    </Link>
                  </td>
                  <td className={`${TD} font-mono text-xs break-all`}>{c.reference}</td>
                  <td className={TD}>{c.bankCode.toUpperCase()}</td>
                  <td className={TD}>{c.businessDay}</td>
                  <td className={TD}>{formatCny(amountOf(c.evidence))}</td>
                  <td className={TD}>{c.delta === null ? "—" : formatCny(c.delta)}</td>
                  <td className={TD} data-testid={`case-status-${c.reference}`}>
                    {t(`statuses.${c.status}`)}
                  </td>
                  <td className={TD}>
                    {format.dateTime(c.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <PageLinks
        basePath="/admin/exceptions"
        query={{ status: filter.status, kind: filter.kind, bank: filter.bank, day: filter.day }}
        page={page}
        hasMore={hasMore}
        labels={{ nav: t("paging"), previous: t("previous"), next: t("next") }}
      />
    </div>
  );
}
