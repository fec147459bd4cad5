import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { CLIENT_NAMESPACES } from "@/lib/i18n/client-namespaces";
import { DashboardNav, type NavLink } from "@/components/dashboard/dashboard-nav";
import { currentUser } from "@/lib/auth/session";
import { MERCHANT_ROLES } from "@/lib/auth/roles";
import { membershipsOf } from "@/lib/auth/merchant-access";
import { memberCan, type MerchantPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

const SECTIONS: { href: string; key: string; permission: MerchantPermission | null }[] = [
  { href: "/dashboard", key: "overview", permission: null },
  { href: "/dashboard/application", key: "application", permission: "payments.view" },
  { href: "/dashboard/payments", key: "payments", permission: "payments.view" },
  { href: "/dashboard/refunds", key: "refunds", permission: "payments.view" },
  { href: "/dashboard/statements", key: "statements", permission: "payments.view" },
  { href: "/dashboard/splits", key: "splits", permission: "payments.view" },
  { href: "/dashboard/notifications", key: "notifications", permission: "payments.view" },
  { href: "/dashboard/keys", key: "keys", permission: "keys.manage" },
  { href: "/dashboard/withdrawals", key: "withdrawals", permission: "withdrawals.create" },
  { href: "/dashboard/team", key: "team", permission: "team.manage" },
];

/**
 * The dashboard's frame: the merchant's name and the sub-navigation, listing only the sections the
 * member may open. It guards nothing by itself (a layout is not re-run on every navigation): each page
 * and action checks the user and the permission it needs, and sends visitors who are not signed in
 * to sign in with their page as the way back, which is why this layout does not redirect.
 */
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const page = <ClientMessages namespaces={CLIENT_NAMESPACES.dashboard}>{children}</ClientMessages>;
  const user = await currentUser();
  const [membership] = user && MERCHANT_ROLES.includes(user.role) ? await membershipsOf(db, user.id) : [];
  if (!membership) return page;
  const t = await getTranslations("dashboard");
  const links: NavLink[] = SECTIONS.filter(
    (section) => !section.permission || memberCan(membership, section.permission),
  ).map((section) => ({ href: section.href, label: t(`nav.${section.key}`) }));
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3">
        <p className="text-sm text-slate-600">
          {t("title")} ·{" "}
          <span className="font-semibold text-slate-900" data-testid="dashboard-merchant-name">
            {membership.merchant.name}
          </span>
        </p>
        <DashboardNav links={links} label={t("nav.label")} />
      </div>
      {page}
    </div>
  );
}
