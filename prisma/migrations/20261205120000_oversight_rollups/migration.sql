-- CreateTable
CREATE TABLE "OversightFigures" (
    "campaignId" TEXT NOT NULL,
    "villageId" TEXT NOT NULL,
    "focusProblems" INTEGER NOT NULL,
    "unplannedFocus" INTEGER NOT NULL,
    "branchPledges" INTEGER NOT NULL,
    "members" INTEGER NOT NULL,
    "membersPledged" INTEGER NOT NULL,
    "vague" INTEGER NOT NULL,
    "firstDueOn" DATE,
    "evaluated" BOOLEAN NOT NULL,
    "satisfied" INTEGER NOT NULL,
    "basicallySatisfied" INTEGER NOT NULL,
    "dissatisfied" INTEGER NOT NULL,
    "anomalies" INTEGER NOT NULL,
    "byStatus" JSONB NOT NULL,
    "byArea" JSONB NOT NULL,
    "byMonth" JSONB NOT NULL,
    "refreshedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OversightFigures_pkey" PRIMARY KEY ("campaignId","villageId")
);

-- CreateTable
CREATE TABLE "OversightStale" (
    "id" BIGSERIAL NOT NULL,
    "villageId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OversightStale_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OversightFigures_villageId_idx" ON "OversightFigures"("villageId");

-- CreateIndex
CREATE INDEX "OversightStale_villageId_idx" ON "OversightStale"("villageId");

-- The oversight dashboard's roll-up (lib/oversight/rollup.ts). Written by hand below: the schema
-- diff sees neither triggers nor partial indexes.
--
-- Every change to a row that a dashboard figure counts marks its village stale in
-- "OversightStale", in the same transaction as the change, so the two commit or roll back
-- together; the dashboard recomputes marked villages before it reads. Statement-level triggers
-- with transition tables: a bulk INSERT … SELECT adds one mark per village, not one per row. A mark
-- is a plain insert (no unique key), so writers never wait on each other for it.

-- Member, Problem, EvaluationRound: the row names its village.
CREATE FUNCTION "oversight_stale_by_village"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "OversightStale" ("villageId") SELECT DISTINCT "villageId" FROM new_rows;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "OversightStale" ("villageId") SELECT "villageId" FROM old_rows UNION SELECT "villageId" FROM new_rows;
  ELSE
    INSERT INTO "OversightStale" ("villageId") SELECT DISTINCT "villageId" FROM old_rows;
  END IF;
  RETURN NULL;
END;
$$;

-- Pledge: its village, and its member's (who counts as "with a pledge" there).
CREATE FUNCTION "oversight_stale_by_pledge_row"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "OversightStale" ("villageId")
      SELECT "villageId" FROM old_rows UNION SELECT m."villageId" FROM old_rows o JOIN "Member" m ON m.id = o."memberId";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "OversightStale" ("villageId")
      SELECT "villageId" FROM new_rows UNION SELECT m."villageId" FROM new_rows n JOIN "Member" m ON m.id = n."memberId";
  END IF;
  RETURN NULL;
END;
$$;

-- Vote, PaperTally: the village of the pledge rated.
CREATE FUNCTION "oversight_stale_by_pledge"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "OversightStale" ("villageId") SELECT DISTINCT p."villageId" FROM old_rows o JOIN "Pledge" p ON p.id = o."pledgeId";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "OversightStale" ("villageId") SELECT DISTINCT p."villageId" FROM new_rows n JOIN "Pledge" p ON p.id = n."pledgeId";
  END IF;
  RETURN NULL;
END;
$$;

-- Plan: the village of its problem.
CREATE FUNCTION "oversight_stale_by_problem"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "OversightStale" ("villageId") SELECT DISTINCT pr."villageId" FROM old_rows o JOIN "Problem" pr ON pr.id = o."problemId";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "OversightStale" ("villageId") SELECT DISTINCT pr."villageId" FROM new_rows n JOIN "Problem" pr ON pr.id = n."problemId";
  END IF;
  RETURN NULL;
END;
$$;

-- Ballot: the village of its round (its rater group decides whose votes count as villagers').
-- A new ballot has no votes yet; its votes mark the village themselves.
CREATE FUNCTION "oversight_stale_by_round"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "OversightStale" ("villageId") SELECT DISTINCT er."villageId" FROM old_rows o JOIN "EvaluationRound" er ON er.id = o."roundId";
  IF TG_OP = 'UPDATE' THEN
    INSERT INTO "OversightStale" ("villageId") SELECT DISTINCT er."villageId" FROM new_rows n JOIN "EvaluationRound" er ON er.id = n."roundId";
  END IF;
  RETURN NULL;
END;
$$;

-- Village: households (the anomaly "more villagers' votes than households"), and a move.
-- A new village has no roll-up row yet, which the refresh treats as stale.
CREATE FUNCTION "oversight_stale_village"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "OversightStale" ("villageId") SELECT id FROM new_rows;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "oversight_stale_insert" AFTER INSERT ON "Pledge" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "oversight_stale_by_pledge_row"();
CREATE TRIGGER "oversight_stale_update" AFTER UPDATE ON "Pledge" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "oversight_stale_by_pledge_row"();
CREATE TRIGGER "oversight_stale_delete" AFTER DELETE ON "Pledge" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "oversight_stale_by_pledge_row"();

CREATE TRIGGER "oversight_stale_insert" AFTER INSERT ON "Member" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "oversight_stale_by_village"();
CREATE TRIGGER "oversight_stale_update" AFTER UPDATE ON "Member" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "oversight_stale_by_village"();
CREATE TRIGGER "oversight_stale_delete" AFTER DELETE ON "Member" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "oversight_stale_by_village"();

CREATE TRIGGER "oversight_stale_insert" AFTER INSERT ON "Problem" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "oversight_stale_by_village"();
CREATE TRIGGER "oversight_stale_update" AFTER UPDATE ON "Problem" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "oversight_stale_by_village"();
CREATE TRIGGER "oversight_stale_delete" AFTER DELETE ON "Problem" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "oversight_stale_by_village"();

CREATE TRIGGER "oversight_stale_insert" AFTER INSERT ON "EvaluationRound" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "oversight_stale_by_village"();
CREATE TRIGGER "oversight_stale_update" AFTER UPDATE ON "EvaluationRound" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "oversight_stale_by_village"();
CREATE TRIGGER "oversight_stale_delete" AFTER DELETE ON "EvaluationRound" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "oversight_stale_by_village"();

CREATE TRIGGER "oversight_stale_insert" AFTER INSERT ON "Plan" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "oversight_stale_by_problem"();
CREATE TRIGGER "oversight_stale_update" AFTER UPDATE ON "Plan" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "oversight_stale_by_problem"();
CREATE TRIGGER "oversight_stale_delete" AFTER DELETE ON "Plan" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "oversight_stale_by_problem"();

CREATE TRIGGER "oversight_stale_insert" AFTER INSERT ON "Vote" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "oversight_stale_by_pledge"();
CREATE TRIGGER "oversight_stale_update" AFTER UPDATE ON "Vote" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "oversight_stale_by_pledge"();
CREATE TRIGGER "oversight_stale_delete" AFTER DELETE ON "Vote" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "oversight_stale_by_pledge"();

CREATE TRIGGER "oversight_stale_insert" AFTER INSERT ON "PaperTally" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "oversight_stale_by_pledge"();
CREATE TRIGGER "oversight_stale_update" AFTER UPDATE ON "PaperTally" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "oversight_stale_by_pledge"();
CREATE TRIGGER "oversight_stale_delete" AFTER DELETE ON "PaperTally" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "oversight_stale_by_pledge"();

CREATE TRIGGER "oversight_stale_update" AFTER UPDATE ON "Ballot" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "oversight_stale_by_round"();
CREATE TRIGGER "oversight_stale_delete" AFTER DELETE ON "Ballot" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "oversight_stale_by_round"();

CREATE TRIGGER "oversight_stale_update" AFTER UPDATE ON "Village" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "oversight_stale_village"();

-- Open pledges without an explanation, by county and due day. "Overdue" moves at midnight with no
-- write, so the dashboard counts it live: an index-only range scan per county. The predicate is
-- spelled exactly as OVERDUE in lib/oversight/sql.ts, which the planner needs to match it.
CREATE INDEX "Pledge_overdue_unexplained_idx" ON "Pledge" ("countyId", "dueOn") INCLUDE ("campaignId", "villageId")
  WHERE status IN ('PUBLISHED', 'IN_PROGRESS') AND coalesce(btrim(explanation), '') = '';
