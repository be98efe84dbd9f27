import Link from "next/link";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NameForm } from "@/components/org/name-form";
import { AddPairingForm, RemovePairingForm } from "@/components/org/pairing-forms";
import { MarkGoodPracticeForm } from "@/components/good-practice/mark-form";
import { markGoodPracticeAction } from "@/lib/good-practice/actions";
import { canMarkGoodPractice } from "@/lib/good-practice/policy";
import { VillageForm } from "@/components/org/village-form";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { isAppError } from "@/lib/errors";
import { setPairingAction, updateCountyAction, updateDepartmentAction, updateTownshipAction, updateVillageAction } from "@/lib/org/actions";
import { getCounty, getDepartment, getTownship, getVillage } from "@/lib/org/queries";
import { requireActor } from "@/lib/session";

const LEVELS = { county: getCounty, township: getTownship, department: getDepartment, village: getVillage } as const;
const ACTIONS = { county: updateCountyAction, township: updateTownshipAction, department: updateDepartmentAction } as const;

export default async function EditOrgUnitPage({ params }: { params: Promise<{ kind: string; id: string }> }) {
  const { kind, id } = await params;
  if (!(kind in LEVELS)) notFound();
  const level = kind as keyof typeof LEVELS;
  const actor = await requireActor();
  const t = await getTranslations();
  const orNotFound = (error: unknown): never => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  };
  const village = level === "village" ? await getVillage(actor, id).catch(orNotFound) : null;
  const department = level === "department" ? await getDepartment(actor, id).catch(orNotFound) : null;
  const unit = village ?? department ?? (await LEVELS[level](actor, id).catch(orNotFound));
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <PageHeader
        eyebrow={<Link href="/org" className="text-brand-700 underline">← {t("org.title")}</Link>}
        title={t("org.editTitle", { name: unit.name })}
        description={t(`org.levels.${level}`)}
      />
      <Card>
        <CardContent className="py-5">
          {village ? (
            <VillageForm
              action={updateVillageAction}
              submitLabel={t("common.save")}
              hidden={{ id: village.id, version: village.version }}
              defaults={{ name: village.name, branchName: village.branchName, households: village.households, isPastoral: village.isPastoral }}
            />
          ) : level !== "village" ? (
            <NameForm
              action={ACTIONS[level]}
              label={t("org.fields.name")}
              submitLabel={t("common.save")}
              hidden={{ id: unit.id, version: unit.version }}
              defaultName={unit.name}
            />
          ) : null}
        </CardContent>
      </Card>
      {village && canMarkGoodPractice(actor) ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("goodPractice.markTitle")}</CardTitle>
          </CardHeader>
          <CardContent>
            <MarkGoodPracticeForm action={markGoodPracticeAction} hidden={{ id: randomUUID(), villageId: village.id }} />
          </CardContent>
        </Card>
      ) : null}
      {department ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("org.pairing.title")}</CardTitle>
            <p className="text-sm text-ink-700">{t("org.pairing.lead")}</p>
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            {department.paired.length === 0 ? (
              <p className="text-ink-600">{t("org.pairing.none")}</p>
            ) : (
              <ul className="flex flex-col gap-2" aria-label={t("org.pairing.title")}>
                {department.paired.map((village) => (
                  <li key={village.id} className="border-b border-ink-100 pb-2">
                    <RemovePairingForm action={setPairingAction} departmentId={department.id} village={village} />
                  </li>
                ))}
              </ul>
            )}
            {department.pairable.length > 0 ? <AddPairingForm action={setPairingAction} departmentId={department.id} villages={department.pairable} /> : null}
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
