"use client";

import { useLocale, useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { setLocaleAction } from "@/app/actions/locale";
import { htmlLang, locales } from "@/i18n/locales";
import { cn } from "@/components/ui/cn";

/**
 * Two submit buttons in a plain form, so switching language works without JavaScript too.
 * Each name is written in its own language (and tagged with `lang`) so a reader who does not
 * understand the current language can still find theirs.
 */
export function LocaleSwitcher({ className }: { className?: string }) {
  const t = useTranslations("common.localeSwitcher");
  const current = useLocale();
  const pathname = usePathname();

  return (
    <form action={setLocaleAction} className={cn("flex", className)}>
      <input type="hidden" name="returnTo" value={pathname} />
      <div
        role="group"
        aria-label={t("label")}
        className="flex rounded-md border border-ink-200 bg-surface"
      >
        {locales.map((locale) => {
          const active = locale === current;
          return (
            <button
              key={locale}
              type="submit"
              name="locale"
              value={locale}
              lang={htmlLang(locale)}
              aria-label={t(`fullNames.${locale}`)}
              aria-current={active ? "true" : undefined}
              className={cn(
                "min-h-tap min-w-tap px-2.5 text-sm font-medium first:rounded-l-md last:rounded-r-md",
                active ? "bg-ink-900 text-white" : "text-ink-700 hover:bg-ink-50",
              )}
            >
              {t(`names.${locale}`)}
            </button>
          );
        })}
      </div>
    </form>
  );
}
