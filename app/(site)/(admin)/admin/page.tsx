import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { PageTitle } from "@/components/ui/page-title";
import { requireUser } from "@/lib/auth/session";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { checkLedger } from "@/lib/ledger";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  await requireUser(STAFF_ROLES, "/admin");
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const [users, merchants, waiting, pending, ledger] = await Promise.all([
    db.user.count(),
    db.merchant.count(),
    db.merchantApplication.count({ where: { status: { in: ["SUBMITTED", "IN_REVIEW"] } } }),
    db.merchant.findMany({ where: { status: "PENDING" }, orderBy: { createdAt: "asc" }, take: 20 }),
    checkLedger(db),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <PageTitle>{t("title")}</PageTitle>
      <div className="grid gap-4 sm:grid-cols-4">
        <Card title={t("applicationsCard")}>
          <p className="text-3xl font-bold tabular-nums" data-testid="applications-waiting">
            {waiting}
          </p>
          <Link href="/admin/applications" className="text-sm text-brand-600 underline">
            {t("openQueue")}
          </Link>
        </Card>
        <Card title={t("users")}>
          <p className="text-3xl font-bold tabular-nums">{users}</p>
        </Card>
        <Card title={t("merchants")}>
          <p className="text-3xl font-bold tabular-nums">{merchants}</p>
        </Card>
        <Card title={t("ledger")}>
          {ledger.ok ? (
            <Alert tone="success">{t("ledgerOk")}</Alert>
          ) : (
            <Alert tone="error">{t("ledgerBreach", { count: ledger.breaches.length })}</Alert>
          )}
        </Card>
      </div>
      <Card title={t("pendingMerchants")}>
        {pending.length === 0 ? (
          <p className="text-slate-700">{t("none")}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-2">
                  {t("name")}
                </th>
                <th scope="col">{t("email")}</th>
                <th scope="col">{t("created")}</th>
              </tr>
            </thead>
            <tbody>
              {pending.map((m) => (
                <tr key={m.id} className="border-b border-slate-100">
                  <td className="py-2">{m.name}</td>
                  <td>{m.email}</td>
                  <td>{format.dateTime(m.createdAt, { dateStyle: "medium" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </div>
  );
}
