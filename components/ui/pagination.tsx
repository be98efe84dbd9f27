import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "./cn";

type Query = Record<string, string | string[] | undefined>;

/** Builds `pathname?…&page=N`, keeping the other query parameters (filters) as they are. */
export function pageHref(pathname: string, query: Query, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key === "page" || value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, item);
  }
  params.set("page", String(page));
  return `${pathname}?${params.toString()}`;
}

/** Page numbers to show: the first, the last, and a window around the current one; null is a gap. */
export function pageWindow(page: number, pageCount: number, radius = 1): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let n = 1; n <= pageCount; n++) {
    const nearCurrent = Math.abs(n - page) <= radius;
    if (n === 1 || n === pageCount || nearCurrent) pages.push(n);
    else if (pages[pages.length - 1] !== null) pages.push(null);
  }
  return pages;
}

const itemClasses =
  "inline-flex min-h-tap min-w-tap items-center justify-center rounded-md px-3 text-ink-800 hover:bg-ink-100";

/** Plain links (no JavaScript needed, shareable URLs). Renders nothing for a single page. */
export function Pagination({
  page,
  pageCount,
  pathname,
  query = {},
  className,
}: {
  page: number;
  pageCount: number;
  pathname: string;
  query?: Query;
  className?: string;
}) {
  const t = useTranslations("common.pagination");
  if (pageCount <= 1) return null;
  const current = Math.min(Math.max(page, 1), pageCount);

  return (
    <nav aria-label={t("label")} className={cn("flex flex-col items-center gap-2", className)}>
      <ul className="flex flex-wrap items-center justify-center gap-1">
        {current > 1 ? (
          <li>
            <Link href={pageHref(pathname, query, current - 1)} rel="prev" className={itemClasses}>
              <span aria-hidden="true">‹</span>
              <span className="ml-1">{t("previous")}</span>
            </Link>
          </li>
        ) : null}
        {/* On a phone only the previous/next links and the summary fit; numbers from sm up. */}
        {pageWindow(current, pageCount).map((n, index) =>
          n === null ? (
            <li
              key={`gap-${index}`}
              aria-hidden="true"
              className="hidden px-1 text-ink-500 sm:block"
            >
              …
            </li>
          ) : (
            <li key={n} className="hidden sm:block">
              <Link
                href={pageHref(pathname, query, n)}
                aria-label={t("page", { page: n })}
                aria-current={n === current ? "page" : undefined}
                className={cn(
                  itemClasses,
                  n === current && "bg-ink-900 text-white hover:bg-ink-900",
                )}
              >
                {n}
              </Link>
            </li>
          ),
        )}
        {current < pageCount ? (
          <li>
            <Link href={pageHref(pathname, query, current + 1)} rel="next" className={itemClasses}>
              <span className="mr-1">{t("next")}</span>
              <span aria-hidden="true">›</span>
            </Link>
          </li>
        ) : null}
      </ul>
      <p className="text-sm text-ink-600 sm:sr-only">
        {t("summary", { page: current, pageCount })}
      </p>
    </nav>
  );
}
