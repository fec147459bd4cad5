import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/ui/auth-card";
import { ForgotPasswordForm } from "./forgot-form";

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth");
  return (
    <AuthCard title={t("forgotTitle")} lead={t("forgotText")}>
      <ForgotPasswordForm />
    </AuthCard>
  );
}
