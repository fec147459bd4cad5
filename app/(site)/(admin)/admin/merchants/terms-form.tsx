import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { formatMinor } from "@/lib/money";
import { setMerchantTermsAction } from "./actions";

const INPUT = "rounded border border-slate-400 bg-white px-2 py-1 text-sm";

function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="flex flex-col text-xs">
      {label}
      {children}
    </label>
  );
}

type TermsMerchant = {
  id: string;
  name: string;
  settlementDelayDays: number;
  withdrawalLimit: bigint;
  agentId: string | null;
  platformMerchantId: string | null;
};

/** One merchant's terms in its row: settlement delay, withdrawal limit, agent, platform. */
export async function TermsForm({
  merchant,
  agents,
}: {
  merchant: TermsMerchant;
  agents: { id: string; name: string }[];
}) {
  const t = await getTranslations("admin.merchantsPage");
  return (
    <form action={setMerchantTermsAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="merchantId" value={merchant.id} />
      <Labelled label={t("settlementDelay")}>
        <input
          name="settlementDelayDays"
          type="number"
          min={1}
          max={30}
          defaultValue={merchant.settlementDelayDays}
          className={`w-16 ${INPUT}`}
        />
      </Labelled>
      <Labelled label={t("withdrawalLimit")}>
        <input
          name="withdrawalLimit"
          inputMode="decimal"
          defaultValue={formatMinor(merchant.withdrawalLimit)}
          className={`w-28 ${INPUT}`}
        />
      </Labelled>
      <Labelled label={t("agent")}>
        <select name="agentId" defaultValue={merchant.agentId ?? ""} className={INPUT}>
          <option value="">{t("noAgent")}</option>
          {agents.map((agent) => (
            <option key={agent.id} value={agent.id}>
              {agent.name}
            </option>
          ))}
        </select>
      </Labelled>
      <Labelled label={t("platform")}>
        <input
          name="platformMerchantId"
          defaultValue={merchant.platformMerchantId ?? ""}
          placeholder={t("noPlatform")}
          autoComplete="off"
          className={`w-48 font-mono ${INPUT}`}
        />
      </Labelled>
      <Button variant="secondary" aria-label={`${t("saveTerms")}: ${merchant.name}`}>
        {t("saveTerms")}
      </Button>
    </form>
  );
}
