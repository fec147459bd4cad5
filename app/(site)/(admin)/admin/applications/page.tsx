import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { ApplicationStatusBadge } from "@/components/admin/application-status-badge";
import { PageLinks } from "@/components/admin/page-links";
import { SelectField } from "@/components/dashboard/form-controls";
import { TableHead } from "@/components/admin/table-head";
import { TableRegion, TD } from "@/components/dashboard/table-region";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { PageTitle } from "@/components/ui/page-title";
import { ApplicationStatus, Product } from "@/generated/prisma/enums";
import { requireUser } from "@/lib/auth/session";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { listApplications } from "@/lib/onboarding/list-applications";

export const metadata: Metadata = { title: "Applications" };

const filterSchema = z.object({
  status: z.enum(["open", "all", ...Object.values(ApplicationStatus)]).catch("open"),
  product: z.enum(Object.values(Product)).optional().catch(undefined),
  age: z.coerce.number().int().min(0).max(365).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** The reviewers' queue: filters by status, product and age, search by merchant, site or email. */
export default async function ApplicationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requireUser(STAFF_ROLES, "/admin/applications");
  const t = await getTranslations("admin.applications");
  const tp = await getTranslations("onboarding");
  const format = await getFormatter();
  const filter = filterSchema.parse(await searchParams);
  const { applications, hasMore, page } = await listApplications(db, {
    status: filter.status,
    product: filter.product,
    minAgeDays: filter.age,
    q: filter.q,
    page: filter.page,
  });
  const statusOptions = ["open", "all", ...Object.values(ApplicationStatus)].map((value) => ({
    value,
    label: value === "open" || value === "all" ? t(`statusFilter.${value}`) : tp(`statuses.${value}`),
  }));
  return (
    <div className="flex flex-col gap-6">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <form
        method="get"
        className="grid items-end gap-3 md:grid-cols-5"
        role="search"
        aria-label={t("filters")}
      >
        <SelectField name="status" label={t("status")} options={statusOptions} defaultValue={filter.status} />
        <SelectField
          name="product"
          label={t("product")}
          options={[
            { value: "", label: t("anyProduct") },
            ...Object.values(Product).map((p) => ({ value: p, label: tp(`productNames.${p}`) })),
          ]}
          defaultValue={filter.product ?? ""}
        />
        <SelectField
          name="age"
          label={t("age")}
          options={[
            { value: "", label: t("anyAge") },
            { value: "1", label: t("olderThan", { days: 1 }) },
            { value: "3", label: t("olderThan", { days: 3 }) },
            { value: "7", label: t("olderThan", { days: 7 }) },
          ]}
          defaultValue={filter.age ? String(filter.age) : ""}
        />
        <Field name="q" type="search" label={t("search")} defaultValue={filter.q ?? ""} />
        <div>
          <Button variant="secondary">{t("apply")}</Button>
        </div>
      </form>
      {applications.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <TableRegion label={t("title")}>
          <table className="w-full text-sm" data-testid="application-queue">
            <TableHead columns={[t("merchant"), t("site"), t("product"), t("submitted"), t("status")]} />
            <tbody>
              {applications.map((application) => (
                <tr key={application.id} className="border-b border-slate-100">
                  <td className={TD}>
                    <Link
                      href={`/admin/applications/${application.id}`}
                      className="font-medium text-brand-600 underline"
                    >
                      {application.merchant.name}
                    </Link>
                    <span className="block text-slate-600">{application.merchant.email}</span>
                  </td>
                  <td className={TD}>
                    {application.siteName}
                    <span className="block text-slate-600">{application.siteUrl}</span>
                  </td>
                  <td className={TD}>
                    {application.products.map((p) => tp(`productNames.${p}`)).join(" · ")}
                  </td>
                  <td className={TD}>
                    {format.dateTime(application.submittedAt, { dateStyle: "medium", timeStyle: "short" })}
                    <span className="block text-slate-600">
                      {format.relativeTime(application.submittedAt)}
                    </span>
                  </td>
                  <td className={TD}>
                    <ApplicationStatusBadge
                      status={application.status}
                      label={tp(`statuses.${application.status}`)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <PageLinks
        basePath="/admin/applications"
        query={{
          status: filter.status,
          product: filter.product,
          age: filter.age ? String(filter.age) : undefined,
          q: filter.q,
        }}
        page={page}
        hasMore={hasMore}
        labels={{ nav: t("paging"), previous: t("previous"), next: t("next") }}
      />
    </div>
  );
}
