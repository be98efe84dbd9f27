import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NameForm } from "@/components/org/name-form";
import { UnitList } from "@/components/org/unit-list";
import { VillageForm } from "@/components/org/village-form";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { isOrganiser } from "@/lib/auth/actor";
import { createCountyAction, createDepartmentAction, createTownshipAction, createVillageAction } from "@/lib/org/actions";
import { canManageCounties, canManageCountyContents } from "@/lib/org/policy";
import { listCounties, listDepartments, listTownships, listVillages } from "@/lib/org/queries";
import { ZPage } from "@/lib/schemas";
import { requireActor } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("org");
  return { title: t("title") };
}

export default async function OrgPage({ searchParams }: { searchParams: Promise<{ county?: string; page?: string; saved?: string }> }) {
  const actor = await requireActor();
  if (!isOrganiser(actor)) notFound();
  const params = await searchParams;
  const t = await getTranslations();
  const counties = await listCounties(actor);
  const county = counties.find((c) => c.id === params.county) ?? counties.find((c) => c.id === actor.countyId) ?? counties[0];
  const page = ZPage.parse(params.page);
  const [townships, departments, villages] = county
    ? await Promise.all([
        listTownships(actor, { countyId: county.id }),
        listDepartments(actor, { countyId: county.id }),
        listVillages(actor, { countyId: county.id, page }),
      ])
    : [[], [], { villages: [], total: 0, page: 1, pageCount: 1 }];
  const canEditCounty = county ? canManageCountyContents(actor, county.id) : false;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("org.title")}
        description={county?.name}
        actions={<Link href="/org/import" className={buttonClasses({ variant: "secondary" })}>{t("ledger.importLink")}</Link>}
      />
      {params.saved ? <FormAlert label={t("org.saved")} tone="success" messages={[t("org.saved")]} /> : null}

      {canManageCounties(actor) ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("org.counties")}</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            <nav aria-label={t("org.counties")}>
              <ul className="flex flex-wrap gap-2">
                {counties.map((c) => (
                  <li key={c.id} className="flex items-center gap-1">
                    <Link
                      href={`/org?county=${c.id}`}
                      aria-current={c.id === county?.id ? "page" : undefined}
                      className="rounded-md border border-ink-200 px-3 py-2 hover:bg-ink-50 aria-[current=page]:border-brand-600 aria-[current=page]:font-semibold"
                    >
                      {c.name} <span className="text-sm text-ink-600">({c._count.villages})</span>
                    </Link>
                    <Link href={`/org/edit/county/${c.id}`} className="px-2 py-2 text-sm text-brand-700 underline">
                      {t("org.edit")}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <NameForm action={createCountyAction} label={t("org.createTitle", { level: t("org.levels.county") })} submitLabel={t("org.create")} hidden={{}} />
          </CardContent>
        </Card>
      ) : null}

      {county ? (
        <>
          <Card>
            <CardHeader>
              <CardTitle>{t("org.townships")}</CardTitle>
            </CardHeader>
            <CardContent className="flex flex-col gap-4">
              <UnitList
                items={townships.map((township) => ({
                  id: township.id,
                  name: township.name,
                  detail: `${t("org.fields.villageCount")} ${township._count.villages}`,
                  editHref: canEditCounty ? `/org/edit/township/${township.id}` : undefined,
                }))}
                emptyTitle={t("org.noneInScope", { level: t("org.levels.township") })}
                editLabel={t("org.edit")}
              />
              {canEditCounty ? (
                <NameForm action={createTownshipAction} label={t("org.createTitle", { level: t("org.levels.township") })} submitLabel={t("org.create")} hidden={{ countyId: county.id }} />
              ) : null}
            </CardContent>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle>
                {t("org.villages")} <span className="text-base font-normal text-ink-600">({villages.total})</span>
              </CardTitle>
            </CardHeader>
            <CardContent className="flex flex-col gap-4">
              {villages.villages.length === 0 ? (
                <EmptyState title={t("org.noneInScope", { level: t("org.levels.village") })} />
              ) : (
                <div className="relative overflow-x-auto">
                  <table className="w-full min-w-[32rem] text-left">
                    <thead className="text-sm text-ink-600">
                      <tr>
                        <th scope="col" className="py-2 pr-3">{t("org.fields.name")}</th>
                        <th scope="col" className="py-2 pr-3">{t("org.fields.township")}</th>
                        <th scope="col" className="py-2 pr-3 text-right">{t("org.fields.households")}</th>
                        <th scope="col" className="py-2 pr-3 text-right">{t("org.fields.members")}</th>
                        <th scope="col" className="py-2"><span className="sr-only">{t("org.edit")}</span></th>
                      </tr>
                    </thead>
                    <tbody className="divide-y divide-ink-100">
                      {villages.villages.map((village) => (
                        <tr key={village.id}>
                          <th scope="row" className="py-2 pr-3 font-medium">
                            {village.name} {village.isPastoral ? <Badge tone="info">{t("org.pastoral")}</Badge> : null}
                          </th>
                          <td className="py-2 pr-3">{village.township.name}</td>
                          <td className="py-2 pr-3 text-right tabular-nums">{village.households}</td>
                          <td className="py-2 pr-3 text-right tabular-nums">{village._count.members}</td>
                          <td className="py-2 text-right">
                            {canEditCounty ? (
                              <Link href={`/org/edit/village/${village.id}`} className="text-sm text-brand-700 underline">
                                {t("org.edit")}
                              </Link>
                            ) : null}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              <Pagination pathname="/org" query={{ county: county.id }} page={villages.page} pageCount={villages.pageCount} />
              {canEditCounty && townships.length > 0 ? (
                <details className="rounded-md border border-ink-200 p-3">
                  <summary className="cursor-pointer font-medium">{t("org.createTitle", { level: t("org.levels.village") })}</summary>
                  <div className="mt-4">
                    <VillageForm action={createVillageAction} submitLabel={t("org.create")} townships={townships.map((tw) => ({ id: tw.id, label: tw.name }))} />
                  </div>
                </details>
              ) : null}
            </CardContent>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle>{t("org.departments")}</CardTitle>
            </CardHeader>
            <CardContent className="flex flex-col gap-4">
              <UnitList
                items={departments.map((department) => ({
                  id: department.id,
                  name: department.name,
                  detail: `${t("org.fields.pairings")} ${department._count.pairings}`,
                  editHref: canEditCounty ? `/org/edit/department/${department.id}` : undefined,
                }))}
                emptyTitle={t("org.noneInScope", { level: t("org.levels.department") })}
                editLabel={t("org.edit")}
              />
              {canEditCounty ? (
                <NameForm action={createDepartmentAction} label={t("org.createTitle", { level: t("org.levels.department") })} submitLabel={t("org.create")} hidden={{ countyId: county.id }} />
              ) : null}
            </CardContent>
          </Card>
        </>
      ) : (
        <EmptyState title={t("org.noneInScope", { level: t("org.levels.county") })} />
      )}
    </div>
  );
}
