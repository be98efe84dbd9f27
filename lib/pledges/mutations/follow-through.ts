import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError, staleIfNone, translatePrismaError } from "@/lib/errors";
import { appendPledgeEvent } from "@/lib/history/append-event";
import { parseInput } from "@/lib/schemas";
import { MAX_UPLOAD_BYTES, processPhoto, removeStoredPhotos, storePhoto, type ProcessedPhoto } from "../evidence";
import { isClosed, isPublic } from "../lifecycle";
import { canWritePledge } from "../policy";
import { PUBLIC_TEXT_FIELDS, publicText } from "../public-text";
import { ZAmendPledgeInput, ZClosePledgeInput, ZExplainPledgeInput, ZProgressInput } from "../schemas";
import { dueDay, pledgeInReach, requireTransition, textColumns, vagueFlagsFor, writablePledge } from "./shared";

// Following a published pledge through (兑现): progress with photos, the outcome, and amendments
// of the public text. The secretary of the village writes all three.

/**
 * Posts a progress update with optional photos to a published or in-progress pledge (the first
 * one moves it to IN_PROGRESS). Photos are checked by content, resized and stripped before the
 * transaction; if the transaction fails, the stored files are removed again. Idempotent on a
 * client-made id.
 */
export async function addProgress(actor: Actor, raw: unknown) {
  const input = parseInput(ZProgressInput, raw);
  const checked = await pledgeInReach(db, actor, input.pledgeId);
  if (!canWritePledge(actor, checked)) throw new AppError("FORBIDDEN");
  if (input.id) {
    const earlier = await db.progressUpdate.findFirst({ where: { id: input.id, pledgeId: checked.id }, select: { id: true } });
    if (earlier) return earlier;
  }
  if (!isPublic(checked.status) || isClosed(checked.status)) throw new AppError("CONFLICT", "NOT_IN_PROGRESS");

  if (input.files.some((file) => file.size > MAX_UPLOAD_BYTES)) throw new AppError("INVALID", "TOO_LARGE", "files");
  const photos: ProcessedPhoto[] = [];
  for (const file of input.files) photos.push(await processPhoto(file, { keepLocation: input.keepLocation }));
  const stored: string[] = [];
  try {
    for (const photo of photos) stored.push(await storePhoto(photo));
    return await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Pledge" WHERE id = ${checked.id} FOR UPDATE`;
      const pledge = await pledgeInReach(tx, actor, checked.id);
      if (!isPublic(pledge.status) || isClosed(pledge.status)) throw new AppError("CONFLICT", "NOT_IN_PROGRESS");
      if (pledge.status === "PUBLISHED") {
        requireTransition("PUBLISHED", "IN_PROGRESS");
        await tx.pledge.update({ where: { id: pledge.id }, data: { status: "IN_PROGRESS", version: { increment: 1 } } });
        await appendPledgeEvent(tx, { pledgeId: pledge.id, type: "STATUS_CHANGED", payload: { from: "PUBLISHED", to: "IN_PROGRESS" }, actorId: actor.userId });
      }
      const update = await tx.progressUpdate.create({
        data: {
          id: input.id,
          pledgeId: pledge.id,
          body: input.body,
          createdById: actor.userId,
          files: {
            create: photos.map((photo, i) => ({
              mimeType: photo.mimeType, bytes: photo.bytes, width: photo.width, height: photo.height, sha256: photo.sha256,
              storageKey: stored[i]!, keepsLocation: photo.keepsLocation,
            })),
          },
        },
        select: { id: true },
      });
      // The photos' hashes are in the chain too: a swapped photo no longer matches its history.
      await appendPledgeEvent(tx, {
        pledgeId: pledge.id,
        type: "PROGRESS",
        payload: { progressUpdateId: update.id, body: input.body, ...(photos.length ? { files: photos.map((p) => p.sha256) } : {}) },
        actorId: actor.userId,
      });
      return update;
    });
  } catch (error) {
    await removeStoredPhotos(stored);
    // Two retries of one upload raced: the first one's update is the answer.
    const raced =
      input.id && (error as { code?: string }).code === "P2002"
        ? await db.progressUpdate.findFirst({ where: { id: input.id, pledgeId: checked.id }, select: { id: true } })
        : null;
    if (raced) return raced;
    return translatePrismaError(error, "id");
  }
}

/**
 * Closes a published pledge: DONE needs at least one progress update with evidence
 * (EVIDENCE_REQUIRED on outcome); PARTLY_DONE, NOT_DONE and WITHDRAWN need a public explanation
 * (EXPLANATION_REQUIRED on explanation), which the board shows.
 */
export async function closePledge(actor: Actor, raw: unknown) {
  const input = parseInput(ZClosePledgeInput, raw);
  return db.$transaction(async (tx) => {
    const pledge = await writablePledge(tx, actor, input.id, input.version);
    const hasEvidence = (await tx.evidenceFile.count({ where: { progressUpdate: { pledgeId: pledge.id } } })) > 0;
    const explanation = input.explanation || null;
    requireTransition(pledge.status, input.outcome, { hasEvidence, explanation });
    await tx.pledge
      .updateMany({
        where: { id: pledge.id, version: input.version, status: pledge.status },
        data: { status: input.outcome, ...(explanation && input.outcome !== "DONE" ? { explanation } : {}), version: { increment: 1 } },
      })
      .then(staleIfNone);
    const event = { pledgeId: pledge.id, actorId: actor.userId };
    if (input.outcome === "WITHDRAWN") {
      await appendPledgeEvent(tx, { ...event, type: "WITHDRAWN", payload: { from: pledge.status, reason: explanation } });
    } else {
      await appendPledgeEvent(tx, { ...event, type: "STATUS_CHANGED", payload: { from: pledge.status, to: input.outcome } });
      if (input.outcome !== "DONE") await appendPledgeEvent(tx, { ...event, type: "EXPLAINED", payload: { explanation } });
    }
    return { id: pledge.id, version: input.version + 1, status: input.outcome };
  });
}

/**
 * Publishes why an open pledge is late without closing it: the board's overdue mark gives way to
 * the explanation, and the pledge can still be completed later. A later explanation replaces the
 * earlier one on the board; both stay in the history.
 */
export async function explainPledge(actor: Actor, raw: unknown) {
  const input = parseInput(ZExplainPledgeInput, raw);
  return db.$transaction(async (tx) => {
    const pledge = await writablePledge(tx, actor, input.id, input.version);
    if (!isPublic(pledge.status) || isClosed(pledge.status)) throw new AppError("CONFLICT", "NOT_IN_PROGRESS");
    await tx.pledge
      .updateMany({
        where: { id: pledge.id, version: input.version, status: pledge.status },
        data: { explanation: input.explanation, version: { increment: 1 } },
      })
      .then(staleIfNone);
    await appendPledgeEvent(tx, { pledgeId: pledge.id, type: "EXPLAINED", payload: { explanation: input.explanation }, actorId: actor.userId });
    return { id: pledge.id, version: input.version + 1 };
  });
}

/**
 * Changes the text of a published (or in-progress) pledge: never silently. The old text is kept
 * as a PledgeVersion with the reason, the public text version goes up by one, and the AMENDED
 * event carries the reason and both texts.
 */
export async function amendPledge(actor: Actor, raw: unknown) {
  const input = parseInput(ZAmendPledgeInput, raw);
  return db.$transaction(async (tx) => {
    const pledge = await writablePledge(tx, actor, input.id, input.version);
    requireTransition(pledge.status, pledge.status, { amendmentReason: input.reason });
    const dueOn = await dueDay(tx, pledge.campaignId, input.dueOn);
    const vagueFlags = await vagueFlagsFor(tx, pledge, input);
    const before = publicText(pledge);
    const textVersion = pledge.textVersion + 1;
    // The versioned update first: a concurrent amendment waits for it and then finds itself stale.
    await tx.pledge
      .updateMany({
        where: { id: pledge.id, version: input.version, status: pledge.status },
        data: { ...textColumns(input, dueOn), vagueFlags, textVersion, version: { increment: 1 } },
      })
      .then(staleIfNone);
    await tx.pledgeVersion.create({
      data: { pledgeId: pledge.id, textVersion: pledge.textVersion, text: before, reason: input.reason, createdById: actor.userId },
    });
    const after = publicText(await tx.pledge.findUniqueOrThrow({ where: { id: pledge.id }, select: PUBLIC_TEXT_FIELDS }));
    await appendPledgeEvent(tx, { pledgeId: pledge.id, type: "AMENDED", payload: { textVersion, reason: input.reason, before, after }, actorId: actor.userId });
    return { id: pledge.id, version: input.version + 1, textVersion };
  });
}
