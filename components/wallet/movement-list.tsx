import { getFormatter, getTranslations } from "next-intl/server";
import { formatCny } from "@/lib/money";
import type { Counterpart, WalletMovement } from "@/lib/wallet/list-wallet-movements";

type Translate = Awaited<ReturnType<typeof getTranslations<"wallet.movements">>>;

function counterpartText(t: Translate, counterpart: Counterpart): string {
  switch (counterpart.kind) {
    case "merchant":
      return counterpart.name;
    case "refund":
      return t("counterpart.refund", { merchant: counterpart.merchantName });
    case "transferTo":
      return t("counterpart.transferTo", { email: counterpart.email });
    case "transferFrom":
      return t("counterpart.transferFrom", { email: counterpart.email });
    case "transferReturned":
      return t("counterpart.transferReturned", { email: counterpart.email });
    case "paylane":
      return t("counterpart.paylane");
  }
}

/** A page of wallet movements: who, what, when, the reference to quote, the amount and the balance after. */
export async function MovementList({ movements }: { movements: WalletMovement[] }) {
  const t = await getTranslations("wallet.movements");
  const format = await getFormatter();
  return (
    <ul className="divide-y divide-slate-200" data-testid="wallet-history">
      {movements.map((movement) => (
        <li
          key={movement.id}
          className="flex flex-wrap justify-between gap-x-4 gap-y-1 py-3"
          data-testid="wallet-movement"
          data-kind={movement.kind}
        >
          <div className="min-w-0">
            <p className="font-medium text-slate-900" data-testid="movement-counterpart">
              {counterpartText(t, movement.counterpart)}
            </p>
            <p className="text-sm break-words text-slate-700">{movement.description}</p>
            <p className="text-sm text-slate-600">
              {t(`kinds.${movement.kind}`)} ·{" "}
              {format.dateTime(movement.createdAt, { dateStyle: "medium", timeStyle: "short" })} ·{" "}
              <span data-testid="movement-reference">
                {t(`reference.${movement.reference.kind}`, { value: movement.reference.value })}
              </span>
            </p>
          </div>
          <div className="text-right">
            <p
              className={`font-semibold tabular-nums ${movement.direction === "out" ? "text-red-700" : "text-green-800"}`}
              data-testid="movement-amount"
            >
              <span className="sr-only">{t(`directions.${movement.direction}`)} </span>
              {movement.change > 0n ? "+" : ""}
              {formatCny(movement.change)}
            </p>
            <p className="text-sm text-slate-600 tabular-nums">
              {t("balanceAfter", { balance: formatCny(movement.balanceAfter) })}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
