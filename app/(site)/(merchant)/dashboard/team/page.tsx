import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PermissionCheckboxes } from "@/components/team/permission-checkboxes";
import { NoticeAlert } from "@/components/admin/notice-alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { PageTitle } from "@/components/ui/page-title";
import { db } from "@/lib/db";
import { listTeam } from "@/lib/merchants/team/list-team";
import { openDashboard } from "../_lib/gate";
import { GateRefusal } from "../_lib/gate-refusal";
import { inviteOperatorAction, updateMemberAction } from "./actions";

export const metadata: Metadata = { title: "Team" };

const GOOD = ["invited", "updated", "suspended", "reactivated"];

/** The owner's team: invite operators, set their permissions from the table, suspend them. */
export default async function TeamPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  const t = await getTranslations("team");
  const gate = await openDashboard("team.manage", "/dashboard/team");
  if (gate.kind !== "ok") return <GateRefusal gate={gate} title={t("title")} />;
  const locale = await getLocale();
  const members = await listTeam(db, { userId: gate.user.id, merchantId: gate.merchant.id });
  const { notice } = await searchParams;
  return (
    <div className="flex flex-col gap-6">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <NoticeAlert namespace="team.notices" notice={notice} good={GOOD} />
      <ul className="flex flex-col gap-4" aria-label={t("members")}>
        {members.map((member) => (
          <li
            key={member.id}
            className="rounded-lg border border-slate-200 bg-white p-4"
            data-testid="team-member"
          >
            <p className="font-medium">
              {member.user.name ? `${member.user.name} · ` : ""}
              {member.user.email}
            </p>
            <p className="mb-2 text-sm text-slate-700">
              {t(`roles.${member.role}`)} · {t(`statuses.${member.status}`)}
              {member.user.emailVerifiedAt ? "" : ` · ${t("invitedPending")}`}
            </p>
            {member.role === "OPERATOR" && member.userId !== gate.user.id ? (
              <div className="flex flex-col gap-3">
                <form action={updateMemberAction} className="flex flex-col gap-2">
                  <input type="hidden" name="memberId" value={member.id} />
                  <PermissionCheckboxes
                    legend={t("permissionsOf", { email: member.user.email })}
                    locale={locale}
                    checked={member.permissions}
                    idPrefix={member.id}
                  />
                  <div>
                    <Button variant="secondary">{t("save")}</Button>
                  </div>
                </form>
                <form action={updateMemberAction}>
                  <input type="hidden" name="memberId" value={member.id} />
                  <input
                    type="hidden"
                    name="status"
                    value={member.status === "ACTIVE" ? "SUSPENDED" : "ACTIVE"}
                  />
                  <Button variant={member.status === "ACTIVE" ? "danger" : "secondary"}>
                    {member.status === "ACTIVE" ? t("suspend") : t("reactivate")}
                  </Button>
                </form>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <Card title={t("invite")}>
        <form action={inviteOperatorAction} className="flex flex-col gap-3">
          <div className="grid gap-3 md:grid-cols-2">
            <Field name="email" type="email" label={t("email")} required autoComplete="off" />
            <Field name="name" label={t("name")} autoComplete="off" />
          </div>
          <PermissionCheckboxes
            legend={t("permissions")}
            locale={locale}
            checked={["payments.view"]}
            idPrefix="invite"
          />
          <div>
            <Button>{t("inviteButton")}</Button>
          </div>
        </form>
      </Card>
    </div>
  );
}
