import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/ui/auth-card";
import { Alert } from "@/components/ui/alert";
import { db } from "@/lib/db";
import { peekEmailToken } from "@/lib/auth/email-tokens";
import { ResetPasswordForm } from "./reset-form";

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const { token = "" } = await searchParams;
  const t = await getTranslations("auth");
  const valid = token ? await peekEmailToken(db, token, "RESET_PASSWORD") : false;
  return (
    <AuthCard title={t("resetTitle")}>
      {valid ? (
        <ResetPasswordForm token={token} />
      ) : (
        <>
          <Alert tone="error">{t("linkInvalid")}</Alert>
          <Link href="/forgot-password" className="text-brand-600 underline">
            {t("forgotTitle")}
          </Link>
        </>
      )}
    </AuthCard>
  );
}
