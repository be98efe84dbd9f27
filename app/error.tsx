"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button, buttonClasses } from "@/components/ui/button";

/**
 * Last-resort boundary. Shows no error text or stack (that could leak data); the digest is a
 * reference the user can quote, matching the server log entry.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("errors");
  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : null;

  return (
    <div className="mx-auto flex max-w-xl flex-col items-start gap-4 px-4 py-16 sm:px-6">
      <h1 className="text-2xl font-bold">{t("generic.title")}</h1>
      <p className="text-ink-700">{t("generic.body")}</p>
      {digest ? <p className="text-sm text-ink-500">{t("generic.reference", { digest })}</p> : null}
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" onClick={() => retry()}>
          {t("retry")}
        </Button>
        <Link href="/" className={buttonClasses({ variant: "secondary" })}>
          {t("backHome")}
        </Link>
      </div>
    </div>
  );
}
