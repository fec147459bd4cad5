import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/ui/auth-card";
import { ResendVerificationForm } from "../../verify-email/resend-form";

export default async function CheckEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ email?: string }>;
}) {
  const { email = "" } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <AuthCard title={t("checkEmailTitle")} lead={t("checkEmailText", { email })}>
      <ResendVerificationForm email={email} />
    </AuthCard>
  );
}
