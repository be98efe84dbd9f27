-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('PREFECTURE_ORGANISER', 'COUNTY_ORGANISER', 'TOWNSHIP_OFFICER', 'DEPARTMENT_OFFICER', 'VILLAGE_SECRETARY');

-- CreateEnum
CREATE TYPE "ProblemArea" AS ENUM ('INCOME', 'POVERTY_RELIEF', 'VILLAGE_APPEARANCE', 'PLANTING_STRUCTURE', 'LABOUR_EXPORT', 'VILLAGE_AFFAIRS', 'DRINKING_WATER', 'WORK_STYLE', 'OTHER');

-- CreateEnum
CREATE TYPE "OpinionSource" AS ENUM ('MASS_MEETING', 'DOOR_TO_DOOR', 'MEMBER', 'SUGGESTION_BOX', 'PUBLIC_BOARD');

-- CreateEnum
CREATE TYPE "OpinionStatus" AS ENUM ('PENDING', 'ACCEPTED', 'SET_ASIDE');

-- CreateEnum
CREATE TYPE "ProblemStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'SOLVED', 'DROPPED');

-- CreateEnum
CREATE TYPE "PledgerKind" AS ENUM ('BRANCH', 'MEMBER', 'TOWNSHIP', 'DEPARTMENT');

-- CreateEnum
CREATE TYPE "PledgeStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED', 'IN_PROGRESS', 'DONE', 'PARTLY_DONE', 'NOT_DONE', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "PledgeEventType" AS ENUM ('CREATED', 'EDITED', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED', 'AMENDED', 'PROGRESS', 'STATUS_CHANGED', 'EXPLAINED', 'WITHDRAWN', 'ROUND_OPENED', 'ROUND_CLOSED', 'CODES_VOIDED', 'TALLY_ENTERED', 'EVALUATED', 'ASSESSED');

-- CreateEnum
CREATE TYPE "RaterGroup" AS ENUM ('VILLAGER', 'MEMBER', 'TOWNSHIP');

-- CreateEnum
CREATE TYPE "Rating" AS ENUM ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "RoundStatus" AS ENUM ('SCHEDULED', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "BallotCodeStatus" AS ENUM ('ISSUED', 'USED', 'VOID');

-- CreateEnum
CREATE TYPE "BallotChannel" AS ENUM ('CODE', 'SECRETARY');

-- CreateEnum
CREATE TYPE "TallyStatus" AS ENUM ('AWAITING_SECOND_ENTRY', 'CONFIRMED', 'DISPUTED');

-- CreateEnum
CREATE TYPE "Assessment" AS ENUM ('FULFILLED', 'PARTLY_FULFILLED', 'NOT_FULFILLED');

-- CreateTable
CREATE TABLE "Prefecture" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Prefecture_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL,
    "prefectureId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "focusLimit" INTEGER NOT NULL DEFAULT 2,
    "isCurrent" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "County" (
    "id" TEXT NOT NULL,
    "prefectureId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "County_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Township" (
    "id" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Township_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Village" (
    "id" TEXT NOT NULL,
    "townshipId" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "branchName" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "households" INTEGER NOT NULL,
    "isPastoral" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Village_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Department" (
    "id" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DepartmentPairing" (
    "departmentId" TEXT NOT NULL,
    "villageId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DepartmentPairing_pkey" PRIMARY KEY ("departmentId","villageId")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" TEXT NOT NULL,
    "villageId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "skills" TEXT NOT NULL DEFAULT '',
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "prefectureId" TEXT NOT NULL,
    "countyId" TEXT,
    "townshipId" TEXT,
    "villageId" TEXT,
    "departmentId" TEXT,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 1,
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Opinion" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "villageId" TEXT NOT NULL,
    "source" "OpinionSource" NOT NULL,
    "body" TEXT NOT NULL,
    "authorName" TEXT,
    "authorPhone" TEXT,
    "status" "OpinionStatus" NOT NULL DEFAULT 'ACCEPTED',
    "problemId" TEXT,
    "setAsideReason" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Opinion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Problem" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "villageId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "area" "ProblemArea" NOT NULL,
    "isFocus" BOOLEAN NOT NULL DEFAULT false,
    "focusReason" TEXT,
    "expectedResult" TEXT,
    "expectedBy" DATE,
    "needsSupport" BOOLEAN NOT NULL DEFAULT false,
    "status" "ProblemStatus" NOT NULL DEFAULT 'OPEN',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Problem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL,
    "problemId" TEXT NOT NULL,
    "measures" TEXT NOT NULL,
    "timeline" TEXT NOT NULL,
    "responsible" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pledge" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "villageId" TEXT NOT NULL,
    "townshipId" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "pledgerKind" "PledgerKind" NOT NULL,
    "memberId" TEXT,
    "pledgerTownshipId" TEXT,
    "departmentId" TEXT,
    "problemId" TEXT,
    "area" "ProblemArea" NOT NULL,
    "action" TEXT NOT NULL,
    "quantity" DECIMAL(12,2),
    "unit" TEXT,
    "placeOrBeneficiaries" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "responsiblePerson" TEXT NOT NULL,
    "verification" TEXT NOT NULL,
    "status" "PledgeStatus" NOT NULL DEFAULT 'DRAFT',
    "vagueFlags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "overrideReason" TEXT,
    "reviewComment" TEXT,
    "explanation" TEXT,
    "assessment" "Assessment",
    "version" INTEGER NOT NULL DEFAULT 1,
    "textVersion" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Pledge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PledgeVersion" (
    "id" TEXT NOT NULL,
    "pledgeId" TEXT NOT NULL,
    "textVersion" INTEGER NOT NULL,
    "text" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PledgeVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PledgeEvent" (
    "id" BIGSERIAL NOT NULL,
    "pledgeId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "type" "PledgeEventType" NOT NULL,
    "payload" JSONB NOT NULL,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "PledgeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressUpdate" (
    "id" TEXT NOT NULL,
    "pledgeId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgressUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceFile" (
    "id" TEXT NOT NULL,
    "progressUpdateId" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "keepsLocation" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationRound" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "villageId" TEXT NOT NULL,
    "status" "RoundStatus" NOT NULL DEFAULT 'SCHEDULED',
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "groups" "RaterGroup"[],
    "createdById" TEXT,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "EvaluationRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationRoundPledge" (
    "roundId" TEXT NOT NULL,
    "pledgeId" TEXT NOT NULL,

    CONSTRAINT "EvaluationRoundPledge_pkey" PRIMARY KEY ("roundId","pledgeId")
);

-- CreateTable
CREATE TABLE "BallotBatch" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "group" "RaterGroup" NOT NULL,
    "count" INTEGER NOT NULL,
    "createdById" TEXT,
    "voidedAt" TIMESTAMP(3),
    "voidReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BallotBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BallotCode" (
    "id" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "status" "BallotCodeStatus" NOT NULL DEFAULT 'ISSUED',
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "BallotCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ballot" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "group" "RaterGroup" NOT NULL,
    "channel" "BallotChannel" NOT NULL,
    "sourceTag" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Ballot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vote" (
    "id" TEXT NOT NULL,
    "ballotId" TEXT NOT NULL,
    "pledgeId" TEXT NOT NULL,
    "rating" "Rating" NOT NULL,
    "comment" TEXT,

    CONSTRAINT "Vote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaperTally" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "pledgeId" TEXT NOT NULL,
    "group" "RaterGroup" NOT NULL DEFAULT 'VILLAGER',
    "attendees" INTEGER NOT NULL,
    "firstCounts" JSONB NOT NULL,
    "firstById" TEXT,
    "secondCounts" JSONB,
    "secondById" TEXT,
    "status" "TallyStatus" NOT NULL DEFAULT 'AWAITING_SECOND_ENTRY',
    "photoKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PaperTally_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoodPractice" (
    "id" TEXT NOT NULL,
    "villageId" TEXT,
    "pledgeId" TEXT,
    "note" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GoodPractice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Prefecture_name_key" ON "Prefecture"("name");

-- CreateIndex
CREATE INDEX "Campaign_prefectureId_isCurrent_idx" ON "Campaign"("prefectureId", "isCurrent");

-- CreateIndex
CREATE UNIQUE INDEX "County_prefectureId_name_key" ON "County"("prefectureId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Township_countyId_name_key" ON "Township"("countyId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Village_slug_key" ON "Village"("slug");

-- CreateIndex
CREATE INDEX "Village_countyId_idx" ON "Village"("countyId");

-- CreateIndex
CREATE INDEX "Village_name_idx" ON "Village"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Village_townshipId_name_key" ON "Village"("townshipId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Department_countyId_name_key" ON "Department"("countyId", "name");

-- CreateIndex
CREATE INDEX "DepartmentPairing_villageId_idx" ON "DepartmentPairing"("villageId");

-- CreateIndex
CREATE INDEX "Member_villageId_isActive_idx" ON "Member"("villageId", "isActive");

-- CreateIndex
CREATE UNIQUE INDEX "User_phone_key" ON "User"("phone");

-- CreateIndex
CREATE INDEX "User_countyId_idx" ON "User"("countyId");

-- CreateIndex
CREATE INDEX "User_townshipId_idx" ON "User"("townshipId");

-- CreateIndex
CREATE INDEX "User_villageId_idx" ON "User"("villageId");

-- CreateIndex
CREATE INDEX "Opinion_villageId_campaignId_status_idx" ON "Opinion"("villageId", "campaignId", "status");

-- CreateIndex
CREATE INDEX "Problem_villageId_campaignId_isFocus_idx" ON "Problem"("villageId", "campaignId", "isFocus");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_problemId_key" ON "Plan"("problemId");

-- CreateIndex
CREATE INDEX "Pledge_villageId_status_idx" ON "Pledge"("villageId", "status");

-- CreateIndex
CREATE INDEX "Pledge_countyId_status_idx" ON "Pledge"("countyId", "status");

-- CreateIndex
CREATE INDEX "Pledge_townshipId_status_idx" ON "Pledge"("townshipId", "status");

-- CreateIndex
CREATE INDEX "Pledge_status_dueOn_idx" ON "Pledge"("status", "dueOn");

-- CreateIndex
CREATE INDEX "Pledge_memberId_idx" ON "Pledge"("memberId");

-- CreateIndex
CREATE INDEX "Pledge_problemId_idx" ON "Pledge"("problemId");

-- CreateIndex
CREATE INDEX "Pledge_departmentId_idx" ON "Pledge"("departmentId");

-- CreateIndex
CREATE UNIQUE INDEX "PledgeVersion_pledgeId_textVersion_key" ON "PledgeVersion"("pledgeId", "textVersion");

-- CreateIndex
CREATE UNIQUE INDEX "PledgeEvent_pledgeId_seq_key" ON "PledgeEvent"("pledgeId", "seq");

-- CreateIndex
CREATE INDEX "ProgressUpdate_pledgeId_createdAt_idx" ON "ProgressUpdate"("pledgeId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceFile_storageKey_key" ON "EvidenceFile"("storageKey");

-- CreateIndex
CREATE INDEX "EvaluationRound_villageId_status_idx" ON "EvaluationRound"("villageId", "status");

-- CreateIndex
CREATE INDEX "EvaluationRoundPledge_pledgeId_idx" ON "EvaluationRoundPledge"("pledgeId");

-- CreateIndex
CREATE UNIQUE INDEX "BallotCode_codeHash_key" ON "BallotCode"("codeHash");

-- CreateIndex
CREATE INDEX "BallotCode_roundId_status_idx" ON "BallotCode"("roundId", "status");

-- CreateIndex
CREATE INDEX "Ballot_roundId_createdAt_idx" ON "Ballot"("roundId", "createdAt");

-- CreateIndex
CREATE INDEX "Vote_pledgeId_rating_idx" ON "Vote"("pledgeId", "rating");

-- CreateIndex
CREATE UNIQUE INDEX "Vote_ballotId_pledgeId_key" ON "Vote"("ballotId", "pledgeId");

-- CreateIndex
CREATE UNIQUE INDEX "PaperTally_roundId_pledgeId_group_key" ON "PaperTally"("roundId", "pledgeId", "group");

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "County" ADD CONSTRAINT "County_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Township" ADD CONSTRAINT "Township_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Village" ADD CONSTRAINT "Village_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Village" ADD CONSTRAINT "Village_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Department" ADD CONSTRAINT "Department_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DepartmentPairing" ADD CONSTRAINT "DepartmentPairing_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DepartmentPairing" ADD CONSTRAINT "DepartmentPairing_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opinion" ADD CONSTRAINT "Opinion_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opinion" ADD CONSTRAINT "Opinion_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opinion" ADD CONSTRAINT "Opinion_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_pledgerTownshipId_fkey" FOREIGN KEY ("pledgerTownshipId") REFERENCES "Township"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeVersion" ADD CONSTRAINT "PledgeVersion_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeEvent" ADD CONSTRAINT "PledgeEvent_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_progressUpdateId_fkey" FOREIGN KEY ("progressUpdateId") REFERENCES "ProgressUpdate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationRound" ADD CONSTRAINT "EvaluationRound_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationRound" ADD CONSTRAINT "EvaluationRound_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationRoundPledge" ADD CONSTRAINT "EvaluationRoundPledge_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "EvaluationRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationRoundPledge" ADD CONSTRAINT "EvaluationRoundPledge_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotBatch" ADD CONSTRAINT "BallotBatch_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "EvaluationRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotCode" ADD CONSTRAINT "BallotCode_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "BallotBatch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotCode" ADD CONSTRAINT "BallotCode_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "EvaluationRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "EvaluationRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_ballotId_fkey" FOREIGN KEY ("ballotId") REFERENCES "Ballot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaperTally" ADD CONSTRAINT "PaperTally_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "EvaluationRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaperTally" ADD CONSTRAINT "PaperTally_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoodPractice" ADD CONSTRAINT "GoodPractice_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoodPractice" ADD CONSTRAINT "GoodPractice_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Append-only pledge history: the database itself refuses to change or remove an event, so a
-- rewrite needs someone who can disable triggers, and the hash chain then exposes it.
CREATE FUNCTION "pledge_event_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'PledgeEvent is append-only: % is not allowed', TG_OP;
END;
$$;

CREATE TRIGGER "pledge_event_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "PledgeEvent"
  FOR EACH ROW EXECUTE FUNCTION "pledge_event_refuse_change"();

CREATE TRIGGER "pledge_event_no_truncate"
  BEFORE TRUNCATE ON "PledgeEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "pledge_event_refuse_change"();
