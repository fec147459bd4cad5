import { AppError } from "@/lib/errors";

/** Why a whole file is refused before any row is looked at (each has its own message in the UI). */
export type BatchFileProblem =
  | "empty_file"
  | "too_large"
  | "wrong_type"
  | "broken_file"
  | "not_text"
  | "missing_columns"
  | "no_rows"
  | "too_many_rows";

/** A refused file: the API's invalid_request on the `file` field, with the reason as a value for the UI. */
export class BatchFileError extends AppError {
  constructor(
    readonly problem: BatchFileProblem,
    message: string,
  ) {
    super("invalid_request", message, "file");
    this.name = "BatchFileError";
  }
}

export function isBatchFileError(error: unknown): error is BatchFileError {
  return error instanceof BatchFileError;
}
