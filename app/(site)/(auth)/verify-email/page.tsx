import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/ui/auth-card";
import { Alert } from "@/components/ui/alert";
import { db } from "@/lib/db";
import { peekEmailToken } from "@/lib/auth/email-tokens";
import { VerifyEmailForm } from "./verify-form";
import { ResendVerificationForm } from "./resend-form";

export default async function VerifyEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const { token = "" } = await searchParams;
  const t = await getTranslations("auth");
  const valid = token ? await peekEmailToken(db, token, "VERIFY_EMAIL") : false;
  return (
    <AuthCard title={t("verifyTitle")} lead={valid ? t("verifyText") : undefined}>
      {valid ? (
        <VerifyEmailForm token={token} />
      ) : (
        <>
          <Alert tone="error">{t("linkInvalid")}</Alert>
          <ResendVerificationForm email="" />
        </>
      )}
    </AuthCard>
  );
}
