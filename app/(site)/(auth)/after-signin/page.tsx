import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { homeFor } from "@/lib/auth/roles";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";

/** Sends a freshly signed-in user to where they were going, or to their role's home. */
export default async function AfterSignIn({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const user = await currentUser();
  if (!user) redirect("/signin");
  const { callbackUrl } = await searchParams;
  redirect(safeRedirectPath(callbackUrl, homeFor(user.role)));
}
