"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { uploadRefundFileAction, type UploadProblem, type UploadState } from "../actions";

const IDLE: UploadState = { status: "idle" };

/**
 * The refund file upload. Works without JavaScript (a server action); with it, a file over the size
 * limit is refused before it is sent, since the server would cut the request off without a message.
 */
export function UploadForm({ maxBytes, maxRows }: { maxBytes: number; maxRows: number }) {
  const t = useTranslations("refunds");
  const [state, formAction, pending] = useActionState(uploadRefundFileAction, IDLE);
  const [tooLarge, setTooLarge] = useState(false);
  const maxMb = maxBytes / 1024 / 1024;
  const problem: UploadProblem | null = tooLarge
    ? "too_large"
    : state.status === "error"
      ? state.problem
      : null;
  const error = problem ? t(`problems.${problem}`, { maxMb, maxRows }) : undefined;
  return (
    <form
      action={formAction}
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        if (tooLarge) event.preventDefault();
      }}
    >
      <div className="flex flex-col gap-1">
        <label htmlFor="refund-file" className="text-sm font-medium text-slate-800">
          {t("upload.fileLabel")}
        </label>
        <input
          id="refund-file"
          name="file"
          type="file"
          required
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-invalid={error ? true : undefined}
          aria-describedby={`refund-file-hint${error ? " refund-file-error" : ""}`}
          className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-3 file:py-1 focus:outline-2 focus:outline-brand-600"
          onChange={(event) => setTooLarge((event.currentTarget.files?.[0]?.size ?? 0) > maxBytes)}
        />
        <p id="refund-file-hint" className="text-sm text-slate-600">
          {t("upload.fileHint", { maxMb, maxRows })}
        </p>
        {error ? (
          <p id="refund-file-error" className="text-sm text-red-700" data-testid="upload-error">
            {error}
          </p>
        ) : null}
      </div>
      {problem === "forbidden" ? <Alert tone="error">{error}</Alert> : null}
      <div>
        <Button disabled={pending}>{pending ? t("upload.checking") : t("upload.submit")}</Button>
      </div>
    </form>
  );
}
