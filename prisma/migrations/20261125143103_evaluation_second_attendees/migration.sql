-- AlterTable
ALTER TABLE "PaperTally" ADD COLUMN     "secondAttendees" INTEGER;

-- One evaluation round per village that is not closed yet (scheduled or open). Written by hand:
-- Prisma's schema language has no partial unique index, so the schema diff does not see it.
CREATE UNIQUE INDEX "EvaluationRound_one_unclosed_per_village" ON "EvaluationRound"("villageId") WHERE "status" <> 'CLOSED';
