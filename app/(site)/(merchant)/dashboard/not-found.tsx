import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/layout/message-page";

/** A payment or key that does not exist, or is another merchant's: the same page for both. */
export default async function DashboardNotFound() {
  const t = await getTranslations("dashboard");
  return <MessagePage title={t("notFound.title")} text={t("notFound.text")} />;
}
