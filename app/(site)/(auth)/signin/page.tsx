import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/ui/auth-card";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const t = await getTranslations("auth");
  return (
    <AuthCard title={t("signInTitle")}>
      <SignInForm callbackUrl={safeRedirectPath(params.callbackUrl, "")} initialError={params.error} />
      <p className="text-sm text-slate-700">
        {t("noAccount")}{" "}
        <Link href="/signup" className="text-brand-600 underline">
          {t("signUpSubmit")}
        </Link>
      </p>
    </AuthCard>
  );
}
