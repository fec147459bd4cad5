/**
 * The message namespaces each route group's client components call useTranslations with: their
 * layouts hand these, and only these, to the client (components/layout/client-messages.tsx). A form
 * that starts using another namespace must be added here.
 */
export const CLIENT_NAMESPACES = {
  checkout: ["checkout"],
  auth: ["auth"],
  wallet: ["topUp", "walletWithdraw", "transfers"],
  dashboard: ["dashboard.refund", "dashboard.keys", "refunds", "onboarding"],
  admin: ["admin.agents"],
} as const satisfies Record<string, readonly string[]>;
