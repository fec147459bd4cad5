import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";
import { CLIENT_NAMESPACES } from "@/lib/i18n/client-namespaces";

/** The messages this group's client components (its forms) use. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={CLIENT_NAMESPACES.auth}>{children}</ClientMessages>;
}
