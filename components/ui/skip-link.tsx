import { useTranslations } from "next-intl";

/** First focusable element on every page: keyboard users jump past the header and navigation. */
export function SkipLink({ targetId = "main" }: { targetId?: string }) {
  const t = useTranslations("common");
  return (
    <a
      href={`#${targetId}`}
      className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-ink-900 focus:px-4 focus:py-3 focus:text-white"
    >
      {t("skipToContent")}
    </a>
  );
}
