import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NoticeAlert } from "@/components/admin/notice-alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { PageTitle } from "@/components/ui/page-title";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listPlatforms } from "@/lib/splits/link-sub-merchant";
import { setPlatformAction } from "./actions";

export const metadata: Metadata = { title: "Platforms" };

/** Platform merchants and their sub-merchants (split settlement); admins link and unlink them. */
export default async function PlatformsPage({
  searchParams,
}: {
  searchParams: Promise<{ notice?: string }>;
}) {
  await requireUser(["ADMIN"], "/admin/platforms");
  const t = await getTranslations("admin.platforms");
  const platforms = await listPlatforms(db);
  const { notice } = await searchParams;
  return (
    <div className="flex flex-col gap-6">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <NoticeAlert namespace="admin.platforms.notices" notice={notice} good={["linked", "unlinked"]} />
      <Card title={t("link")}>
        <form action={setPlatformAction} className="grid gap-3 md:grid-cols-[1fr_1fr_auto] md:items-end">
          <Field name="subMerchantId" label={t("subMerchantId")} required />
          <Field name="platformMerchantId" label={t("platformMerchantId")} hint={t("platformHint")} />
          <div>
            <Button>{t("save")}</Button>
          </div>
        </form>
      </Card>
      {platforms.length === 0 ? <p className="text-slate-700">{t("empty")}</p> : null}
      {platforms.map((platform) => (
        <Card key={platform.id} title={platform.name}>
          <p className="mb-2 font-mono text-xs text-slate-600">{platform.id}</p>
          <ul className="flex flex-col gap-2" data-testid={`platform-${platform.id}`}>
            {platform.subMerchants.map((sub) => (
              <li key={sub.id} className="flex flex-wrap items-center gap-2">
                <span>{sub.name}</span>
                <span className="font-mono text-xs text-slate-600">{sub.id}</span>
                <form action={setPlatformAction}>
                  <input type="hidden" name="subMerchantId" value={sub.id} />
                  <input type="hidden" name="platformMerchantId" value="" />
                  <Button variant="secondary" aria-label={t("unlinkSub", { name: sub.name })}>
                    {t("unlink")}
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        </Card>
      ))}
    </div>
  );
}
