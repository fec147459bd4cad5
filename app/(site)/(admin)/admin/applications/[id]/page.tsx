import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ApplicationStatusBadge } from "@/components/admin/application-status-badge";
import { AuditTrail } from "@/components/admin/audit-trail";
import { TextareaField } from "@/components/dashboard/form-controls";
import { NoticeAlert } from "@/components/admin/notice-alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { requireUser } from "@/lib/auth/session";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { claimIsFree } from "@/lib/onboarding/claim-application";
import { getApplicationForReview } from "@/lib/onboarding/get-application";
import { claimAction, decideAction, releaseAction } from "./actions";

export const metadata: Metadata = { title: "Application" };

/** A decision that carries a note to the merchant: a rejection's reason or a change request's message. */
function NoteDecision(props: {
  applicationId: string;
  decision: "reject" | "request_changes";
  title: string;
  label: string;
  hint: string;
  danger?: boolean;
}) {
  const field = props.decision === "reject" ? "reason" : "message";
  return (
    <Card title={props.title}>
      <form action={decideAction} className="flex flex-col gap-3">
        <input type="hidden" name="applicationId" value={props.applicationId} />
        <input type="hidden" name="decision" value={props.decision} />
        <TextareaField
          name={field}
          label={props.label}
          hint={props.hint}
          rows={3}
          required
          minLength={5}
          maxLength={1000}
          className="[&_textarea]:font-sans"
        />
        <div>
          <Button variant={props.danger ? "danger" : "secondary"}>{props.title}</Button>
        </div>
      </form>
    </Card>
  );
}

async function load(id: string) {
  try {
    return await getApplicationForReview(db, id);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}

const GOOD_NOTICES = ["claimed", "released", "decided_approve", "decided_reject", "decided_request_changes"];

/** One application: what the merchant asked for, its site, its history, and the decision forms. */
export default async function ApplicationReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ notice?: string }>;
}) {
  const { id } = await params;
  const reviewer = await requireUser(STAFF_ROLES, `/admin/applications/${id}`);
  const t = await getTranslations("admin.review");
  const tp = await getTranslations("onboarding");
  const format = await getFormatter();
  const { application, history, earlier, claimedBy } = await load(id);
  const { notice } = await searchParams;
  const merchant = application.merchant;
  const mine = application.status === "IN_REVIEW" && application.claimedById === reviewer.id;
  const decidable = claimIsFree(application, reviewer.id, now());
  const hidden = <input type="hidden" name="applicationId" value={application.id} />;
  return (
    <div className="flex flex-col gap-6">
      <PageTitle lead={`${merchant.name} · ${merchant.email}`}>
        {t("title", { site: application.siteName })}
      </PageTitle>
      <p>
        <Link href="/admin/applications" className="text-brand-600 underline">
          {t("back")}
        </Link>
      </p>
      <NoticeAlert namespace="admin.review.notices" notice={notice} good={GOOD_NOTICES} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("application")}>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-600">{t("status")}</dt>
            <dd>
              <ApplicationStatusBadge
                status={application.status}
                label={tp(`statuses.${application.status}`)}
              />
              {claimedBy ? (
                <span className="ml-2 text-slate-700">{t("claimedBy", { email: claimedBy.email })}</span>
              ) : null}
            </dd>
            <dt className="text-slate-600">{tp("products")}</dt>
            <dd>{application.products.map((p) => tp(`productNames.${p}`)).join(" · ")}</dd>
            <dt className="text-slate-600">{tp("siteName")}</dt>
            <dd>{application.siteName}</dd>
            <dt className="text-slate-600">{tp("siteUrl")}</dt>
            <dd>
              <a
                href={application.siteUrl}
                target="_blank"
                rel="noopener noreferrer nofollow"
                className="text-brand-600 underline"
              >
                {application.siteUrl}
              </a>
            </dd>
            <dt className="text-slate-600">{tp("businessDescription")}</dt>
            <dd className="whitespace-pre-line">{application.businessDescription}</dd>
            <dt className="text-slate-600">{tp("contactName")}</dt>
            <dd>{application.contactName}</dd>
            <dt className="text-slate-600">{tp("contactPhone")}</dt>
            <dd>{application.contactPhone}</dd>
            <dt className="text-slate-600">{tp("contactEmail")}</dt>
            <dd>{application.contactEmail}</dd>
            <dt className="text-slate-600">{tp("submittedAt")}</dt>
            <dd>{format.dateTime(application.submittedAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
            {application.decisionNote ? (
              <>
                <dt className="text-slate-600">{tp("reviewerNote")}</dt>
                <dd>{application.decisionNote}</dd>
              </>
            ) : null}
          </dl>
        </Card>
        <Card title={t("merchant")}>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-600">{t("merchantId")}</dt>
            <dd className="font-mono">{merchant.id}</dd>
            <dt className="text-slate-600">{t("signedUpSite")}</dt>
            <dd>{merchant.siteUrl}</dd>
            <dt className="text-slate-600">{t("merchantStatus")}</dt>
            <dd>{merchant.status}</dd>
            <dt className="text-slate-600">{t("enabledProducts")}</dt>
            <dd>{merchant.products.map((p) => tp(`productNames.${p}`)).join(" · ") || "—"}</dd>
            <dt className="text-slate-600">{t("agreement")}</dt>
            <dd>{merchant.agreementSignedAt ? t("agreementSigned") : t("agreementUnsigned")}</dd>
          </dl>
          {earlier.length > 0 ? (
            <>
              <h3 className="mt-4 mb-1 font-semibold">{t("earlier")}</h3>
              <ul className="text-sm">
                {earlier.map((other) => (
                  <li key={other.id}>
                    <Link href={`/admin/applications/${other.id}`} className="text-brand-600 underline">
                      {format.dateTime(other.createdAt, { dateStyle: "medium" })}
                    </Link>{" "}
                    {tp(`statuses.${other.status}`)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Card>
      </div>
      {application.status === "SUBMITTED" || (application.status === "IN_REVIEW" && !mine) ? (
        <form action={claimAction}>
          {hidden}
          <Button disabled={!decidable}>{t("claim")}</Button>
          {!decidable ? <p className="mt-2 text-sm text-slate-700">{t("claimedByOther")}</p> : null}
        </form>
      ) : null}
      {mine ? (
        <div className="flex flex-col gap-4">
          <p className="text-sm text-slate-700">
            {t("yourClaim", {
              until: application.claimedUntil
                ? format.dateTime(application.claimedUntil, { timeStyle: "short" })
                : "",
            })}
          </p>
          <div className="grid gap-4 lg:grid-cols-3">
            <Card title={t("approve")}>
              <form action={decideAction} className="flex flex-col gap-3">
                {hidden}
                <input type="hidden" name="decision" value="approve" />
                <fieldset className="flex flex-col gap-2">
                  <legend className="mb-1 text-sm font-medium">{t("approveProducts")}</legend>
                  {application.products.map((p) => (
                    <label key={p} className="flex items-center gap-2 text-sm">
                      <input type="checkbox" name="products" value={p} defaultChecked className="h-4 w-4" />
                      {tp(`productNames.${p}`)}
                    </label>
                  ))}
                </fieldset>
                <div>
                  <Button>{t("approve")}</Button>
                </div>
              </form>
            </Card>
            <NoteDecision
              applicationId={application.id}
              decision="reject"
              title={t("reject")}
              label={t("reason")}
              hint={t("noteHint")}
              danger
            />
            <NoteDecision
              applicationId={application.id}
              decision="request_changes"
              title={t("requestChanges")}
              label={t("message")}
              hint={t("noteHint")}
            />
          </div>
          <form action={releaseAction}>
            {hidden}
            <Button variant="secondary">{t("release")}</Button>
          </form>
        </div>
      ) : null}
      <Card title={t("history")}>
        <AuditTrail entries={history} />
      </Card>
    </div>
  );
}
