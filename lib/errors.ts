export const APP_ERROR_CODES = [
  "NOT_FOUND",
  "FORBIDDEN",
  "CONFLICT",
  "INVALID",
  "RATE_LIMITED",
  "UNAUTHENTICATED",
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/**
 * The one error type whose message may reach a browser. `field` names the form field it
 * belongs under, when there is one. Anything else thrown is logged and shown generically.
 */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string = code,
    readonly field?: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Translates Prisma's known request errors into AppError; rethrows everything else. */
export function translatePrismaError(error: unknown, conflictField?: string): never {
  const code = (error as { code?: string } | null)?.code;
  if (code === "P2002") throw new AppError("CONFLICT", "CONFLICT", conflictField);
  if (code === "P2025") throw new AppError("NOT_FOUND");
  throw error;
}

/** For versioned `updateMany where {id, version}`: nothing updated means someone saved first. */
export function staleIfNone({ count }: { count: number }): void {
  if (count === 0) throw new AppError("CONFLICT", "STALE");
}
