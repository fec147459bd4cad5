"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

const KNOWN = ["invalid_credentials", "email_unverified", "account_suspended", "too_many_attempts"] as const;
type Known = (typeof KNOWN)[number];

/** next-auth reports the reason as "code" or "code:seconds" (see lib/auth/options.ts). */
function describe(t: ReturnType<typeof useTranslations<"auth">>, error: string): string {
  const [code, seconds] = error.split(":");
  if (!KNOWN.includes(code as Known)) return t("errors.generic");
  return t(`errors.${code as Known}`, { seconds: seconds ?? "60" });
}

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [error, setError] = useState(initialError ? describe(t, initialError) : "");
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError("");
    const form = new FormData(event.currentTarget);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      router.replace(`/after-signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      router.refresh();
      return;
    }
    setPending(false);
    setError(describe(t, result?.error ?? ""));
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field name="email" type="email" label={t("email")} autoComplete="email" required />
      <Field name="password" type="password" label={t("password")} autoComplete="current-password" required />
      <Button disabled={pending}>{t("signInSubmit")}</Button>
      <p className="text-sm">
        <Link href="/forgot-password" className="text-brand-600 underline">
          {t("forgotPassword")}
        </Link>
      </p>
    </form>
  );
}
