"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { DotIcon, MoreIcon } from "./nav-icons";

export type NavItem = { href: string; label: string; icon?: ReactNode };

/** The longest matching href wins, so "/village/pledges" does not also light up "/village". */
function activeHref(pathname: string, items: readonly NavItem[]): string | undefined {
  return items
    .filter(({ href }) => pathname === href || (href !== "/" && pathname.startsWith(`${href}/`)))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}

export function SidebarNavLinks({ items }: { items: readonly NavItem[] }) {
  const active = activeHref(usePathname(), items);
  return (
    <ul className="flex flex-col gap-1">
      {items.map((item) => {
        const current = item.href === active;
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? "page" : undefined}
              className={cn(
                "flex min-h-tap items-center gap-3 rounded-md px-3 font-medium",
                current
                  ? "bg-brand-50 text-brand-800 shadow-[inset_3px_0_0_var(--color-brand-700)]"
                  : "text-ink-700 hover:bg-ink-50 hover:text-ink-900",
              )}
            >
              {item.icon ?? <DotIcon />}
              <span className="min-w-0 break-words">{item.label}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/** Thumb reach and a 360 px screen allow five slots; past that the fifth becomes "More". */
const bottomSlots = 5;

const bottomItemClasses =
  "flex min-h-14 w-full flex-col items-center justify-center gap-0.5 px-1 text-center text-xs leading-tight font-medium";

export function BottomNavLinks({ items }: { items: readonly NavItem[] }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const active = activeHref(pathname, items);
  const overflow = items.length > bottomSlots;
  const visible = overflow ? items.slice(0, bottomSlots - 1) : items;
  const rest = overflow ? items.slice(bottomSlots - 1) : [];
  const restActive = rest.some((item) => item.href === active);

  return (
    <ul className="flex">
      {visible.map((item) => {
        const current = item.href === active;
        return (
          <li key={item.href} className="min-w-0 flex-1">
            <Link
              href={item.href}
              aria-current={current ? "page" : undefined}
              className={cn(bottomItemClasses, current ? "text-brand-700" : "text-ink-600")}
            >
              {item.icon ?? <DotIcon />}
              <span className="max-w-full break-words">{item.label}</span>
            </Link>
          </li>
        );
      })}
      {overflow ? (
        <li className="min-w-0 flex-1">
          {/* <details> opens without JavaScript and is keyboard operable out of the box;
              keying it on the path closes it after a client-side navigation. */}
          <details key={pathname} className="relative">
            <summary
              className={cn(
                bottomItemClasses,
                "cursor-pointer list-none [&::-webkit-details-marker]:hidden",
                restActive ? "text-brand-700" : "text-ink-600",
              )}
            >
              <MoreIcon />
              <span>{t("more")}</span>
            </summary>
            <ul className="absolute right-2 bottom-full mb-2 flex min-w-44 flex-col rounded-lg border border-ink-200 bg-surface p-1 shadow-lg">
              {rest.map((item) => {
                const current = item.href === active;
                return (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      aria-current={current ? "page" : undefined}
                      className={cn(
                        "flex min-h-tap items-center gap-3 rounded-md px-3",
                        current ? "bg-brand-50 text-brand-800" : "text-ink-800 hover:bg-ink-50",
                      )}
                    >
                      {item.icon ?? <DotIcon />}
                      <span>{item.label}</span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          </details>
        </li>
      ) : null}
    </ul>
  );
}
