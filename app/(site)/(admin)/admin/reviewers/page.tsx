import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/dashboard/form-controls";
import { TableHead } from "@/components/admin/table-head";
import { TableRegion, TD } from "@/components/dashboard/table-region";
import { NoticeAlert } from "@/components/admin/notice-alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { PageTitle } from "@/components/ui/page-title";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listReviewers } from "@/lib/onboarding/reviewers/list-reviewers";
import { createReviewerAction, setReviewerStatusAction } from "./actions";

export const metadata: Metadata = { title: "Reviewers" };

const GOOD = ["created", "suspended", "reactivated"];

/** Admins add reviewers (who choose a password from the mailed link) and suspend or reactivate them. */
export default async function ReviewersPage({
  searchParams,
}: {
  searchParams: Promise<{ notice?: string }>;
}) {
  await requireUser(["ADMIN"], "/admin/reviewers");
  const t = await getTranslations("admin.reviewers");
  const reviewers = await listReviewers(db);
  const { notice } = await searchParams;
  return (
    <div className="flex flex-col gap-6">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <NoticeAlert namespace="admin.reviewers.notices" notice={notice} good={GOOD} />
      <TableRegion label={t("title")}>
        <table className="w-full text-sm">
          <TableHead
            columns={[
              t("name"),
              t("email"),
              t("status"),
              t("claimed"),
              <span key="actions" className="sr-only">
                {t("actions")}
              </span>,
            ]}
          />
          <tbody>
            {reviewers.map((reviewer) => (
              <tr key={reviewer.id} className="border-b border-slate-100">
                <td className={TD}>{reviewer.name}</td>
                <td className={TD}>{reviewer.email}</td>
                <td className={TD}>{t(`statuses.${reviewer.status}`)}</td>
                <td className={TD}>{reviewer.claimed}</td>
                <td className={`${TD} text-right`}>
                  <form action={setReviewerStatusAction}>
                    <input type="hidden" name="userId" value={reviewer.id} />
                    <input
                      type="hidden"
                      name="status"
                      value={reviewer.status === "ACTIVE" ? "SUSPENDED" : "ACTIVE"}
                    />
                    <Button
                      variant="secondary"
                      aria-label={`${reviewer.status === "ACTIVE" ? t("suspend") : t("reactivate")} ${reviewer.email}`}
                    >
                      {reviewer.status === "ACTIVE" ? t("suspend") : t("reactivate")}
                    </Button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <Card title={t("add")}>
        <form action={createReviewerAction} className="grid items-end gap-3 md:grid-cols-4">
          <Field name="name" label={t("name")} required autoComplete="off" />
          <Field name="email" type="email" label={t("email")} required autoComplete="off" />
          <SelectField
            name="locale"
            label={t("locale")}
            options={[
              { value: "zh", label: "中文" },
              { value: "en", label: "English" },
            ]}
          />
          <div>
            <Button>{t("addButton")}</Button>
          </div>
        </form>
      </Card>
    </div>
  );
}
