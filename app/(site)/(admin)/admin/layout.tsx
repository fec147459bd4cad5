import type { ReactNode } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { CLIENT_NAMESPACES } from "@/lib/i18n/client-namespaces";
import { requireUser } from "@/lib/auth/session";
import { STAFF_ROLES } from "@/lib/auth/roles";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireUser(STAFF_ROLES, "/admin");
  const t = await getTranslations("admin.nav");
  const links = [
    { href: "/admin", label: t("overview") },
    { href: "/admin/applications", label: t("applications") },
    { href: "/admin/exceptions", label: (await getTranslations("exceptions"))("nav") },
    { href: "/admin/reconciliation", label: (await getTranslations("reconciliation"))("nav") },
  ];
  if (user.role === "ADMIN") {
    links.push(
      { href: "/admin/merchants", label: t("merchants") },
      { href: "/admin/platforms", label: t("platforms") },
      { href: "/admin/agents", label: t("agents") },
      { href: "/admin/reviewers", label: t("reviewers") },
      { href: "/admin/audit", label: t("audit") },
      { href: "/admin/banks", label: t("banks") },
      { href: "/admin/calendar", label: t("calendar") },
      { href: "/admin/reports", label: (await getTranslations("reports"))("nav") },
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <nav
        aria-label="Admin"
        className="flex flex-wrap gap-x-4 gap-y-1 border-b border-slate-200 pb-2 text-sm"
      >
        {links.map((link) => (
          <Link key={link.href} href={link.href} className="text-slate-700 hover:text-brand-600">
            {link.label}
          </Link>
        ))}
      </nav>
      <ClientMessages namespaces={CLIENT_NAMESPACES.admin}>{children}</ClientMessages>
    </div>
  );
}
