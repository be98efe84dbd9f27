import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AccountActions } from "@/components/accounts/account-actions";
import { CreateAccountForm } from "@/components/accounts/create-account-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { createAccountAction, resetPasswordAction, setAccountActiveAction } from "@/lib/accounts/actions";
import { listAssignablePlaces } from "@/lib/accounts/places";
import { listAccounts } from "@/lib/accounts/queries";
import { isOrganiser } from "@/lib/auth/actor";
import { assignableRoles, canManageAccount } from "@/lib/org/policy";
import { ZPage } from "@/lib/schemas";
import { requireActor } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts");
  return { title: t("title") };
}

export default async function AccountsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requireActor();
  if (!isOrganiser(actor)) notFound();
  const page = ZPage.parse((await searchParams).page);
  const [t, format, list, places] = await Promise.all([getTranslations(), getFormatter(), listAccounts(actor, { page }), listAssignablePlaces(actor)]);
  const placeOptions = [
    ...places.counties.map((c) => ({ id: c.id, label: c.name, group: t("org.levels.county") })),
    ...places.townships.map((tw) => ({ id: tw.id, label: `${tw.county.name} · ${tw.name}`, group: t("org.levels.township") })),
    ...places.departments.map((d) => ({ id: d.id, label: `${d.county.name} · ${d.name}`, group: t("org.levels.department") })),
    ...places.villages.map((v) => ({ id: v.id, label: `${v.township.name} · ${v.name}`, group: t("org.levels.village") })),
  ];
  const roles = assignableRoles(actor).map((role) => ({ value: role, label: t(`roles.${role}`) }));

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("accounts.title")} description={t("accounts.count", { total: list.total })} />
      <Card>
        <CardHeader>
          <CardTitle>{t("accounts.create")}</CardTitle>
        </CardHeader>
        <CardContent>
          <CreateAccountForm action={createAccountAction} roles={roles} places={placeOptions} />
        </CardContent>
      </Card>
      {list.accounts.length === 0 ? (
        <EmptyState title={t("accounts.empty")} />
      ) : (
        <ul className="flex flex-col gap-3" aria-label={t("accounts.title")}>
          {list.accounts.map((account) => {
            const place = [account.county?.name, account.township?.name, account.department?.name, account.village?.name].filter(Boolean).join(" · ");
            return (
              <li key={account.id}>
                <Card>
                  <CardContent className="grid gap-3 py-4 md:grid-cols-[1fr_auto]">
                    <div className="flex flex-col gap-1">
                      <p className="font-semibold text-ink-900">
                        {account.name} {account.id === actor.userId ? t("accounts.self") : null}{" "}
                        <Badge tone={account.isActive ? "ok" : "danger"}>{account.isActive ? t("accounts.status.active") : t("accounts.status.disabled")}</Badge>
                      </p>
                      <p className="text-sm text-ink-600">
                        {t(`roles.${account.role}`)} · {place || "—"} · {account.phone}
                      </p>
                      <p className="text-sm text-ink-600">
                        {t("accounts.lastSignInAt", {
                          when: account.lastSignInAt ? format.dateTime(account.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : t("accounts.neverSignedIn"),
                        })}
                      </p>
                    </div>
                    {canManageAccount(actor, account) ? (
                      <AccountActions account={account} resetAction={resetPasswordAction} setActiveAction={setAccountActiveAction} />
                    ) : null}
                  </CardContent>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
      <Pagination pathname="/accounts" page={list.page} pageCount={list.pageCount} />
    </div>
  );
}
