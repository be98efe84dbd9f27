import { AppError } from "@/lib/errors";

/**
 * An INVALID error that belongs under several fields at once (a ballot with two pledges left
 * unrated, a tally with a count missing). `message` is the form-level code.
 */
export class FieldsError extends AppError {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]>,
  ) {
    super("INVALID", message);
  }
}

export function isFieldsError(error: unknown): error is FieldsError {
  return error instanceof FieldsError;
}
