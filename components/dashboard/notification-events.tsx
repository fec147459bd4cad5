import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { NotificationAttempt, NotificationEvent } from "@/generated/prisma/client";
import { Button } from "@/components/ui/button";
import { StatusBadge, toneOf } from "./status-badge";
import { TableRegion, TD, TH } from "./table-region";

export type EventWithAttempts = NotificationEvent & {
  attempts: NotificationAttempt[];
  payment?: { id: string; orderId: string } | null;
};

type Props = {
  events: EventWithAttempts[];
  /** The server action behind "Resend"; it receives eventId and back. */
  resendAction: (form: FormData) => Promise<void>;
  /** Where the action returns to: the payment's page or the notifications page. */
  back: "payment" | "notifications";
  /** h3 under the payment page's "Notifications" h2; h2 on the notifications page itself. */
  headingLevel?: "h2" | "h3";
};

/** Notification events with every delivery attempt (status, HTTP status, latency, response) and Resend. */
export async function NotificationEvents({ events, resendAction, back, headingLevel = "h3" }: Props) {
  const Heading = headingLevel;
  const t = await getTranslations("dashboard.notifications");
  const format = await getFormatter();
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "short", timeStyle: "medium" }) : "—";
  return (
    <ol className="flex flex-col gap-4">
      {events.map((event) => (
        <li
          key={event.id}
          className="rounded-lg border border-slate-200 bg-white p-4"
          data-testid={`notification-${event.id}`}
        >
          <div className="flex flex-wrap items-center gap-2">
            <Heading className="font-mono text-base font-semibold">{event.type}</Heading>
            <StatusBadge tone={toneOf(event.status)} testId="notification-status">
              {t(`statuses.${event.status}`)}
            </StatusBadge>
            {event.payment ? (
              <Link
                href={`/dashboard/payments/${event.payment.id}`}
                className="font-mono text-sm text-brand-600 underline focus-visible:outline-2 focus-visible:outline-brand-600"
              >
                {event.payment.orderId}
              </Link>
            ) : null}
          </div>
          <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="text-slate-600">{t("eventId")}</dt>
            <dd className="font-mono break-all">{event.id}</dd>
            <dt className="text-slate-600">{t("notifyUrl")}</dt>
            <dd className="font-mono break-all">{event.notifyUrl}</dd>
            <dt className="text-slate-600">{t("created")}</dt>
            <dd>{when(event.createdAt)}</dd>
            <dt className="text-slate-600">{t("deliveredAt")}</dt>
            <dd>{when(event.deliveredAt)}</dd>
            {event.status === "PENDING" && event.nextAttemptAt ? (
              <>
                <dt className="text-slate-600">{t("nextAttempt")}</dt>
                <dd>{when(event.nextAttemptAt)}</dd>
              </>
            ) : null}
          </dl>
          <div className="mt-3">
            {event.attempts.length === 0 ? (
              <p className="text-sm text-slate-700">{t("noAttempts")}</p>
            ) : (
              <TableRegion label={t("attemptsOf", { id: event.id })}>
                <table className="w-full min-w-[36rem] text-sm" data-testid="delivery-attempts">
                  <caption className="sr-only">{t("attemptsOf", { id: event.id })}</caption>
                  <thead className="border-b border-slate-200 bg-slate-50">
                    <tr>
                      <th scope="col" className={TH}>
                        {t("attemptNo")}
                      </th>
                      <th scope="col" className={TH}>
                        {t("time")}
                      </th>
                      <th scope="col" className={TH}>
                        {t("result")}
                      </th>
                      <th scope="col" className={`${TH} text-right`}>
                        {t("httpStatus")}
                      </th>
                      <th scope="col" className={`${TH} text-right`}>
                        {t("latency")}
                      </th>
                      <th scope="col" className={TH}>
                        {t("response")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {event.attempts.map((attempt) => (
                      <tr
                        key={attempt.id}
                        className="border-b border-slate-100 last:border-0"
                        data-testid="delivery-attempt"
                      >
                        <th scope="row" className={`${TD} text-left font-normal whitespace-nowrap`}>
                          {attempt.attemptNo}
                          <span className="block text-xs text-slate-600">
                            {t(`triggers.${attempt.trigger === "resend" ? "resend" : "schedule"}`)}
                          </span>
                        </th>
                        <td className={`${TD} whitespace-nowrap`}>{when(attempt.startedAt)}</td>
                        <td className={TD}>
                          <StatusBadge tone={attempt.succeeded ? "success" : "danger"}>
                            {attempt.succeeded ? t("succeeded") : t("failed")}
                          </StatusBadge>
                        </td>
                        <td className={`${TD} text-right tabular-nums`}>{attempt.httpStatus ?? "—"}</td>
                        <td className={`${TD} text-right tabular-nums`}>
                          {t("ms", { ms: attempt.latencyMs })}
                        </td>
                        <td className={`${TD} max-w-64 font-mono text-xs break-all`}>
                          {attempt.error ?? attempt.responseExcerpt ?? "—"}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableRegion>
            )}
          </div>
          <form action={resendAction} className="mt-3">
            <input type="hidden" name="eventId" value={event.id} />
            <input type="hidden" name="back" value={back} />
            <Button variant="secondary" aria-describedby={`resend-hint-${event.id}`}>
              {t("resend")}
            </Button>
            <span id={`resend-hint-${event.id}`} className="ml-3 text-sm text-slate-600">
              {t("resendHint")}
            </span>
          </form>
        </li>
      ))}
    </ol>
  );
}
