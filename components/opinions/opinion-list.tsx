import { useFormatter, useTranslations } from "next-intl";
import type { ClientFormState } from "@/components/forms/form-messages";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";
import { OpinionActions } from "./opinion-actions";

type FormAction = (state: ClientFormState, formData: FormData) => Promise<ClientFormState>;

export type OpinionItem = {
  id: string;
  source: string;
  body: string;
  authorName: string | null;
  authorPhone: string | null;
  status: "PENDING" | "ACCEPTED" | "SET_ASIDE";
  setAsideReason: string | null;
  problem: { id: string; title: string } | null;
  createdAt: Date;
};

const STATUS_TONE: Record<OpinionItem["status"], BadgeTone> = { PENDING: "warn", ACCEPTED: "ok", SET_ASIDE: "neutral" };

/** The village's opinions, each with what the secretary may still do with it. */
export function OpinionList({
  opinions,
  canWrite,
  acceptAction,
  setAsideAction,
}: {
  opinions: OpinionItem[];
  canWrite: boolean;
  acceptAction: FormAction;
  setAsideAction: FormAction;
}) {
  const t = useTranslations("opinions");
  const format = useFormatter();
  return (
    <ul className="flex flex-col gap-3" aria-label={t("listTitle")}>
      {opinions.map((opinion) => (
        <li key={opinion.id}>
          <Card>
            <CardContent className="flex flex-col gap-2 py-4">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={STATUS_TONE[opinion.status]}>{t(`statuses.${opinion.status}`)}</Badge>
                <Badge tone="info">{t(`sources.${opinion.source}` as never)}</Badge>
                <span className="text-sm text-ink-600">{format.dateTime(opinion.createdAt, { month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit" })}</span>
              </div>
              <p className="break-words whitespace-pre-line text-ink-900">{opinion.body}</p>
              {opinion.authorName || opinion.authorPhone ? (
                <p className="text-sm text-ink-600">
                  {t("from", { name: [opinion.authorName, opinion.authorPhone].filter(Boolean).join(" · ") })}
                </p>
              ) : null}
              {opinion.problem ? <p className="text-sm text-ink-700">{t("inProblem", { title: opinion.problem.title })}</p> : null}
              {opinion.status === "SET_ASIDE" && opinion.setAsideReason ? (
                <p className="text-sm text-ink-700">{t("setAsideBecause", { reason: opinion.setAsideReason })}</p>
              ) : null}
              {canWrite && opinion.status !== "SET_ASIDE" && !opinion.problem ? (
                <OpinionActions opinionId={opinion.id} canAccept={opinion.status === "PENDING"} acceptAction={acceptAction} setAsideAction={setAsideAction} />
              ) : null}
            </CardContent>
          </Card>
        </li>
      ))}
    </ul>
  );
}
