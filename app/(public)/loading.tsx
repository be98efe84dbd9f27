import { useTranslations } from "next-intl";

/** Grey blocks in the shape of a page, so a slow connection shows that something is coming. */
export default function Loading() {
  const t = useTranslations("common");
  return (
    <div aria-busy="true" className="mx-auto flex max-w-5xl flex-col gap-4 px-4 py-8 sm:px-6">
      <p role="status" className="sr-only">
        {t("loading")}
      </p>
      <div className="h-8 w-2/3 animate-pulse rounded-md bg-ink-100" />
      <div className="h-4 w-full animate-pulse rounded-md bg-ink-100" />
      <div className="h-4 w-5/6 animate-pulse rounded-md bg-ink-100" />
      <div className="mt-4 grid gap-4 sm:grid-cols-3">
        <div className="h-32 animate-pulse rounded-lg bg-ink-100" />
        <div className="h-32 animate-pulse rounded-lg bg-ink-100" />
        <div className="h-32 animate-pulse rounded-lg bg-ink-100" />
      </div>
    </div>
  );
}
