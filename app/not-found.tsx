import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/layout/message-page";
import { SiteChrome } from "@/components/layout/site-chrome";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <SiteChrome>
      <MessagePage title={t("notFoundTitle")} text={t("notFoundText")} />
    </SiteChrome>
  );
}
