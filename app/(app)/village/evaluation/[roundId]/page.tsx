import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PhaseBadge } from "@/components/evaluation/phase-badge";
import { ResultTable } from "@/components/evaluation/result-table";
import { AssessForm, CloseRoundForm, VoidBatchForm } from "@/components/evaluation/round-actions";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { PageHeader } from "@/components/ui/page-header";
import { assessPledgeAction, closeRoundAction, voidBatchAction } from "@/lib/evaluation/actions";
import { canRunRound, canWriteForBranch } from "@/lib/evaluation/policy";
import { getRound } from "@/lib/evaluation/queries";
import { canEnterTallies, canPrintCodes } from "@/lib/evaluation/round-phase";
import { requireActor } from "@/lib/session";
import { notFoundIfMissing } from "../_shared";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("evaluation");
  return { title: t("round.title") };
}

const GROUP_ORDER = ["VILLAGER", "MEMBER", "TOWNSHIP"] as const;

/**
 * One round: where it stands, its codes reconciled (issued = used + unused + void) and its
 * batches, members' votes and paper tallies, closing; once closed, the results per pledge with
 * the branch's assessment and the villagers' comments.
 */
export default async function RoundPage({ params, searchParams }: { params: Promise<{ roundId: string }>; searchParams: Promise<{ opened?: string }> }) {
  const actor = await requireActor();
  const [{ roundId }, { opened }] = await Promise.all([params, searchParams]);
  const [t, format, round] = await Promise.all([getTranslations("evaluation"), getFormatter(), getRound(actor, roundId).catch(notFoundIfMissing)]);
  const place = { villageId: round.villageId, townshipId: round.village.townshipId };
  const runs = canRunRound(actor, place);
  const branch = canWriteForBranch(actor, place);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });
  const closed = round.phase === "CLOSED";
  const heldTallies = round.tallies.filter((tally) => tally.status !== "CONFIRMED").length;
  const kindLine = (pledge: (typeof round.pledges)[number]) =>
    pledge.pledgerName ? `${t(`kinds.${pledge.pledgerKind}`)} · ${pledge.pledgerName}` : t(`kinds.${pledge.pledgerKind}`);
  const ballotsOf = (group: string, channel: string) => round.ballots.find((row) => row.group === group && row.channel === channel)?.count ?? 0;
  const listHref = `/village/evaluation${actor.villageId ? "" : `?village=${round.villageId}`}`;

  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <PageHeader
        eyebrow={<Link href={listHref} className="text-brand-700 underline">← {t("back")}</Link>}
        title={t("round.heading", { village: round.village.name })}
        description={t("roundName", { from: when(round.opensAt), to: when(round.closesAt) })}
        actions={<PhaseBadge phase={round.phase} />}
      />
      {opened ? <FormAlert label={t("round.opened")} tone="success" messages={[t("round.opened")]} /> : null}
      <p className="text-ink-700">{t(`round.phaseHelp.${round.phase}`)}</p>

      <Card>
        <CardHeader>
          <CardTitle>{t("round.turnoutTitle")}</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-2">
          <p className="text-sm text-ink-700">
            {t("round.groupsLine", { groups: round.groups.map((group) => t(`groups.${group}`)).join("、"), pledges: round.pledges.length })}
          </p>
          <ul className="flex flex-col gap-1 tabular-nums">
            {round.groups.includes("VILLAGER") ? (
              <li>{t("round.villagerBallots", { count: ballotsOf("VILLAGER", "CODE"), households: round.village.households })}</li>
            ) : null}
            {round.groups.includes("MEMBER") ? (
              <li>{t("round.memberBallots", { code: ballotsOf("MEMBER", "CODE"), recorded: ballotsOf("MEMBER", "SECRETARY"), members: round.activeMembers })}</li>
            ) : null}
            {round.groups.includes("TOWNSHIP") ? <li>{t("round.townshipBallots", { count: ballotsOf("TOWNSHIP", "CODE") })}</li> : null}
          </ul>
          {branch && round.groups.includes("MEMBER") && round.phase === "OPEN" ? (
            <div>
              <Link href={`/village/evaluation/${round.id}/members`} className={buttonClasses({ variant: "secondary" })}>
                {t("round.recordMembers")}
              </Link>
            </div>
          ) : null}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>{t("round.codesTitle")}</CardTitle>
          <p className="text-sm text-ink-600">{t("round.codesLead")}</p>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          <div className="overflow-x-auto">
            <table className="w-full min-w-[18rem] border-collapse text-sm tabular-nums">
              <caption className="sr-only">{t("round.codesTitle")}</caption>
              <thead>
                <tr className="border-b border-ink-200 text-left text-ink-600">
                  <th scope="col" className="py-1 pr-2 font-medium">{t("round.group")}</th>
                  <th scope="col" className="px-1 py-1 text-right font-medium">{t("round.issued")}</th>
                  <th scope="col" className="px-1 py-1 text-right font-medium">{t("round.used")}</th>
                  <th scope="col" className="px-1 py-1 text-right font-medium">{t("round.unused")}</th>
                  <th scope="col" className="py-1 pl-1 text-right font-medium">{t("round.void")}</th>
                </tr>
              </thead>
              <tbody>
                {GROUP_ORDER.filter((group) => round.groups.includes(group)).map((group) => (
                  <tr key={group} className="border-b border-ink-100">
                    <th scope="row" className="py-1 pr-2 text-left font-normal">{t(`groups.${group}`)}</th>
                    <td className="px-1 py-1 text-right">{round.codesByGroup[group].issued}</td>
                    <td className="px-1 py-1 text-right">{round.codesByGroup[group].used}</td>
                    <td className="px-1 py-1 text-right">{round.codesByGroup[group].unused}</td>
                    <td className="py-1 pl-1 text-right">{round.codesByGroup[group].void}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row" className="py-1 pr-2 text-left font-semibold">{t("round.all")}</th>
                  <td className="px-1 py-1 text-right font-semibold">{round.codes.issued}</td>
                  <td className="px-1 py-1 text-right font-semibold">{round.codes.used}</td>
                  <td className="px-1 py-1 text-right font-semibold">{round.codes.unused}</td>
                  <td className="py-1 pl-1 text-right font-semibold">{round.codes.void}</td>
                </tr>
              </tbody>
            </table>
          </div>
          {runs && canPrintCodes(round.phase) ? (
            <div>
              <Link href={`/village/evaluation/${round.id}/codes`} className={buttonClasses()}>
                {t("round.printCodes")}
              </Link>
            </div>
          ) : null}
          {round.batches.length > 0 ? (
            <ul className="flex flex-col gap-3" aria-label={t("round.batchesLabel")}>
              {round.batches.map((batch, index) => (
                <li key={batch.id} className="flex flex-col gap-2 rounded-md border border-ink-200 p-3">
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">{t("round.batchName", { n: index + 1, group: t(`groups.${batch.group}`), count: batch.count })}</span>
                    {batch.voidedAt ? <Badge tone="warn">{t("round.batchVoid")}</Badge> : null}
                  </p>
                  <p className="text-sm text-ink-600 tabular-nums">
                    {t("round.batchLine", { date: when(batch.createdAt), used: batch.codes.used, unused: batch.codes.unused, void: batch.codes.void })}
                  </p>
                  {batch.voidedAt ? (
                    <p className="text-sm text-ink-700">{t("round.batchVoidedLine", { date: when(batch.voidedAt), reason: batch.voidReason ?? "" })}</p>
                  ) : runs && !closed ? (
                    <details className="text-sm">
                      <summary className="min-h-tap cursor-pointer py-2 text-brand-700 underline">{t("batches.voidOpen")}</summary>
                      <VoidBatchForm action={voidBatchAction} batchId={batch.id} roundId={round.id} />
                    </details>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </CardContent>
      </Card>

      {round.groups.includes("VILLAGER") ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("round.paperTitle")}</CardTitle>
            <p className="text-sm text-ink-600">{t("round.paperLead")}</p>
          </CardHeader>
          <CardContent className="flex flex-col gap-3">
            {round.tallies.length === 0 ? (
              <p className="text-ink-700">{t("round.noTallies")}</p>
            ) : (
              <ul className="flex flex-col gap-2">
                {round.tallies.map((tally) => {
                  const pledge = round.pledges.find((p) => p.id === tally.pledgeId);
                  return (
                    <li key={tally.id} className="flex flex-col gap-1 rounded-md border border-ink-200 p-3 text-sm">
                      <span className="font-medium">{pledge?.action}</span>
                      <span className="flex flex-wrap items-center gap-2">
                        <Badge tone={tally.status === "CONFIRMED" ? "ok" : tally.status === "DISPUTED" ? "danger" : "warn"}>{t(`tallyStatus.${tally.status}`)}</Badge>
                        {tally.status === "DISPUTED" ? (
                          <span>{t("tally.disputedNote", { fields: tally.differs.map((field) => t(`tally.fields.${field}` as never)).join("、") })}</span>
                        ) : null}
                        {tally.hasPhoto ? (
                          <a href={`/village/evaluation/tally-photo/${tally.id}`} className="text-brand-700 underline">
                            {t("round.tallyPhoto")}
                          </a>
                        ) : null}
                      </span>
                      {tally.confirmed ? (
                        <span className="text-ink-700 tabular-nums">
                          {t("round.tallyConfirmedLine", {
                            attendees: tally.confirmed.attendees,
                            satisfied: tally.confirmed.counts.SATISFIED,
                            basically: tally.confirmed.counts.BASICALLY_SATISFIED,
                            dissatisfied: tally.confirmed.counts.DISSATISFIED,
                            unknown: tally.confirmed.counts.UNKNOWN,
                          })}
                        </span>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            )}
            {branch && canEnterTallies(round.phase) ? (
              <div>
                <Link href={`/village/evaluation/${round.id}/tally`} className={buttonClasses({ variant: "secondary" })}>
                  {t("round.enterTally")}
                </Link>
              </div>
            ) : null}
          </CardContent>
        </Card>
      ) : null}

      {runs && !closed ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("close.title")}</CardTitle>
            <p className="text-sm text-ink-600">{t("close.lead")}</p>
          </CardHeader>
          <CardContent>
            <CloseRoundForm
              action={closeRoundAction}
              roundId={round.id}
              version={round.version}
              warning={heldTallies > 0 ? t("close.heldTallies", { count: heldTallies }) : undefined}
            />
          </CardContent>
        </Card>
      ) : null}

      <section aria-labelledby="results-title" className="flex flex-col gap-3">
        <h2 id="results-title" className="text-xl font-semibold text-ink-900">
          {t("round.resultsTitle")}
        </h2>
        {!closed ? (
          <p className="text-ink-700">{t("round.resultsLater")}</p>
        ) : (
          <>
            <p className="text-sm text-ink-700">
              {t("round.published")}{" "}
              <a href={`/ballot/results/${round.id}`} className="text-brand-700 underline">
                {t("round.publicLink")}
              </a>
            </p>
            <ol className="flex flex-col gap-4">
              {round.pledges.map((pledge) => {
                const comments = round.comments.filter((comment) => comment.pledgeId === pledge.id);
                return (
                  <li key={pledge.id}>
                    <Card>
                      <CardHeader>
                        <p className="text-sm text-ink-600">{kindLine(pledge)}</p>
                        <CardTitle as="h3">{pledge.action}</CardTitle>
                      </CardHeader>
                      <CardContent className="flex flex-col gap-4">
                        {pledge.result ? <ResultTable result={pledge.result} caption={t("round.resultCaption", { action: pledge.action })} assessment={pledge.assessment} /> : null}
                        {branch ? (
                          <AssessForm action={assessPledgeAction} roundId={round.id} pledgeId={pledge.id} version={pledge.version} current={pledge.assessment} />
                        ) : null}
                        {comments.length > 0 ? (
                          <details>
                            <summary className="min-h-tap cursor-pointer py-2 text-brand-700 underline">{t("round.comments", { count: comments.length })}</summary>
                            <ul className="flex flex-col gap-1 text-sm">
                              {comments.map((comment, i) => (
                                <li key={i} className="break-words">
                                  <span className="text-ink-600">{t(`results.options.${comment.rating}`)}：</span>
                                  {comment.comment}
                                </li>
                              ))}
                            </ul>
                          </details>
                        ) : null}
                      </CardContent>
                    </Card>
                  </li>
                );
              })}
            </ol>
          </>
        )}
      </section>
    </div>
  );
}
