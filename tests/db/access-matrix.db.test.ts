// THE access matrix: every data-layer function of lib/org, lib/accounts, lib/problems, lib/opinions and lib/members, for every role, against
// a target in the actor's OWN scope, a SIBLING scope and the PARENT scope (and, for accounts, the
// actor's own account: SELF). The expected outcomes are written out as data (see below); they follow the
// documented rules (docs/architecture.md, Access; lib/org/scope.ts and lib/org/policy.ts):
//
// - Reach is the subtree under the actor's place; a department reaches the villages paired with it.
//   Accounts: organisers reach the accounts placed inside their place; everyone else only their own.
// - A target outside reach is NOT_FOUND, never a hint that it exists.
// - Inside reach but not allowed is FORBIDDEN. Counties are managed by the prefecture organiser only;
//   townships, villages and departments by the prefecture organiser and their own county's organiser;
//   accounts by organisers, of roles not above their own, never their own account.
// - A write that names no target place (createCounty; createAccount by a role that may create no
//   account at all) is refused by role alone, FORBIDDEN, before anything is looked up: that answer
//   is the same for every target, so it reveals nothing.
//
// Each case also checks the effect a user would see: an allowed update changed the row, a refused
// one left it exactly as it was; an allowed create made the row, a refused one made nothing.
//
// The rows are in access-matrix/org-cases.ts and access-matrix/account-cases.ts, written in the
// symbols of the legend in access-matrix/case-table.ts; access-matrix/drivers.ts calls each function.
import { beforeAll, describe, expect, it } from "vitest";
import * as accountMutations from "@/lib/accounts/mutations";
import * as accountQueries from "@/lib/accounts/queries";
import * as goodPracticeMutations from "@/lib/good-practice/mutations";
import * as goodPracticeQueries from "@/lib/good-practice/queries";
import * as orgMutations from "@/lib/org/mutations";
import * as orgQueries from "@/lib/org/queries";
import * as memberMutations from "@/lib/members/mutations";
import * as memberQueries from "@/lib/members/queries";
import * as opinionMutations from "@/lib/opinions/mutations";
import * as opinionQueries from "@/lib/opinions/queries";
import * as oversightQueries from "@/lib/oversight/queries";
import * as ledgerExport from "@/lib/ledger/export";
import * as ledgerImport from "@/lib/ledger/import";
import * as evaluationBatches from "@/lib/evaluation/mutations/batches";
import * as evaluationMemberBallots from "@/lib/evaluation/mutations/member-ballots";
import * as evaluationRounds from "@/lib/evaluation/mutations/rounds";
import * as evaluationTallies from "@/lib/evaluation/mutations/tallies";
import * as evaluationQueries from "@/lib/evaluation/queries";
import * as pledgeDraft from "@/lib/pledges/mutations/draft";
import * as pledgeFollowThrough from "@/lib/pledges/mutations/follow-through";
import * as pledgeReview from "@/lib/pledges/mutations/review";
import * as pledgeQueries from "@/lib/pledges/queries";
import * as problemMutations from "@/lib/problems/mutations";
import * as problemQueries from "@/lib/problems/queries";
import { ACCOUNT_CASES } from "./access-matrix/account-cases";
import { ROLES, type Case, type FnName, type Outcome } from "./access-matrix/case-table";
import { runCase } from "./access-matrix/drivers";
import { EVALUATION_CASES } from "./access-matrix/evaluation-cases";
import { GOOD_PRACTICE_CASES } from "./access-matrix/good-practice-cases";
import { MEMBER_CASES } from "./access-matrix/member-cases";
import { OPINION_CASES } from "./access-matrix/opinion-cases";
import { ORG_CASES } from "./access-matrix/org-cases";
import { OVERSIGHT_CASES } from "./access-matrix/oversight-cases";
import { LEDGER_CASES } from "./access-matrix/ledger-cases";
import { PLEDGE_CASES } from "./access-matrix/pledge-cases";
import { PROBLEM_CASES } from "./access-matrix/problem-cases";
import { buildWorld } from "./access-matrix/world";

const CASES: Case[] = [...ORG_CASES, ...ACCOUNT_CASES, ...PROBLEM_CASES, ...OPINION_CASES, ...MEMBER_CASES, ...PLEDGE_CASES, ...EVALUATION_CASES, ...OVERSIGHT_CASES, ...GOOD_PRACTICE_CASES, ...LEDGER_CASES];

/** Exports of the data-layer files that are not data-layer functions. */
const NOT_DATA_LAYER_FUNCTIONS = new Set(["PAGE_SIZE", "newVillageSlug", "PLACE", "LEDGER_BATCH", "LEDGER_FORMATS"]);
const DATA_LAYER_MODULES = {
  "lib/org/queries.ts": orgQueries,
  "lib/org/mutations.ts": orgMutations,
  "lib/good-practice/queries.ts": goodPracticeQueries,
  "lib/good-practice/mutations.ts": goodPracticeMutations,
  "lib/accounts/queries.ts": accountQueries,
  "lib/accounts/mutations.ts": accountMutations,
  "lib/problems/queries.ts": problemQueries,
  "lib/problems/mutations.ts": problemMutations,
  "lib/opinions/queries.ts": opinionQueries,
  "lib/opinions/mutations.ts": opinionMutations,
  "lib/members/queries.ts": memberQueries,
  "lib/members/mutations.ts": memberMutations,
  "lib/pledges/queries.ts": pledgeQueries,
  "lib/pledges/mutations/draft.ts": pledgeDraft,
  "lib/pledges/mutations/review.ts": pledgeReview,
  "lib/pledges/mutations/follow-through.ts": pledgeFollowThrough,
  "lib/evaluation/queries.ts": evaluationQueries,
  "lib/evaluation/mutations/rounds.ts": evaluationRounds,
  "lib/evaluation/mutations/batches.ts": evaluationBatches,
  "lib/evaluation/mutations/member-ballots.ts": evaluationMemberBallots,
  "lib/evaluation/mutations/tallies.ts": evaluationTallies,
  "lib/oversight/queries.ts": oversightQueries,
  "lib/ledger/export.ts": ledgerExport,
  "lib/ledger/import/index.ts": ledgerImport,
};

beforeAll(buildWorld);

describe("access matrix", () => {
  it.each(CASES.map((c) => [c.title, c] as const))("%s", (_title, c) => runCase(c));

  it("has rows for every exported data-layer function, for every role", () => {
    const exported = Object.entries(DATA_LAYER_MODULES).flatMap(([file, module]) =>
      Object.entries(module)
        .filter(([name]) => !NOT_DATA_LAYER_FUNCTIONS.has(name))
        .map(([name, value]) => {
          expect(typeof value, `${file} exports ${name}, which is not a function: add it to NOT_DATA_LAYER_FUNCTIONS`).toBe("function");
          return name;
        }),
    );
    const inTable = new Set<FnName>(CASES.map((c) => c.fn));
    expect(exported.filter((name) => !inTable.has(name as FnName)), "data-layer functions with no matrix rows").toEqual([]);
    expect([...inTable].filter((name) => !exported.includes(name)), "matrix rows for functions that no longer exist").toEqual([]);
    for (const fn of inTable) {
      const roles = new Set(CASES.filter((c) => c.fn === fn).map((c) => c.role));
      expect(ROLES.filter((role) => !roles.has(role)), `${fn} has no rows for`).toEqual([]);
    }
  });

  it("tests every write for its effect: each function has at least one allowed and one refused case", () => {
    for (const fn of new Set(CASES.filter((c) => c.op === "write").map((c) => c.fn))) {
      const outcomes = new Set(CASES.filter((c) => c.fn === fn).map((c) => c.expect as Outcome));
      expect(outcomes.has("ok"), `${fn} has no allowed case`).toBe(true);
      expect(outcomes.size, `${fn} has no refused case`).toBeGreaterThan(1);
    }
  });
});
