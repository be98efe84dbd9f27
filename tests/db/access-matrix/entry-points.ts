// Every way into the app from outside, and what answers it: each server action (an export of a
// "use server" module) and each route handler method (app/**/route.ts). tests/unit/entry-points.test.ts
// scans the source and fails when an entry point is missing here or an entry here no longer exists.
//
// A signed-in entry point names the data-layer functions it calls: their rows in the access matrix
// (tests/db/access-matrix.db.test.ts, every role against its own, a sibling and the parent scope)
// are its answers per role, since the action only adds the session's actor and a parse in front.
// The unit test checks that each named function has matrix rows and that the entry point's body
// really calls it (and calls no other matrix function unnamed). Its anonymous answer is written
// beside it and checked in tests/db/routes-actions.db.test.ts or tests/db/routes-access.db.test.ts.
//
// A public entry point (no account) says who may call it, what it shows or changes, and the answer,
// and names the tests that hold it to that.
import type { FnName } from "./case-table";

export type SignedInEntry = {
  /** The data-layer functions whose matrix rows give this entry point's answer for each role and scope. */
  covers: FnName[];
  /** What a visitor with no session gets. */
  anonymous: string;
  /** Tests of the entry point itself, beyond the matrix rows of what it calls. */
  tests?: string[];
};

export type PublicEntry = {
  public: true;
  who: string;
  exposes: string;
  /** The answer, for anyone (the handler does not look at the session unless said). */
  expect: string;
  tests: string[];
};

export type EntryPoint = SignedInEntry | PublicEntry;

export const isPublic = (entry: EntryPoint): entry is PublicEntry => "public" in entry;

const ACTIONS_ANON = "tests/db/routes-actions.db.test.ts";
const ROUTES = "tests/db/routes-access.db.test.ts";
/** The anonymous answer of every signed-in form action: the session is read before any data-layer call. */
const UNAUTHENTICATED = "form error UNAUTHENTICATED (field errors first if the form does not parse); nothing read, nothing written";

const signedIn = (...covers: FnName[]): SignedInEntry => ({ covers, anonymous: UNAUTHENTICATED, tests: [ACTIONS_ANON] });

export const ENTRY_POINTS: Record<string, EntryPoint> = {
  // --- lib/org: the organisation tree (organisers) ---
  "lib/org/actions.ts#createCountyAction": signedIn("createCounty"),
  "lib/org/actions.ts#updateCountyAction": signedIn("updateCounty"),
  "lib/org/actions.ts#createTownshipAction": signedIn("createTownship"),
  "lib/org/actions.ts#updateTownshipAction": signedIn("updateTownship"),
  "lib/org/actions.ts#createVillageAction": signedIn("createVillage"),
  "lib/org/actions.ts#updateVillageAction": signedIn("updateVillage"),
  "lib/org/actions.ts#createDepartmentAction": signedIn("createDepartment"),
  "lib/org/actions.ts#updateDepartmentAction": signedIn("updateDepartment"),
  "lib/org/actions.ts#setPairingAction": signedIn("setPairing"),

  // --- lib/accounts ---
  "lib/accounts/actions.ts#createAccountAction": signedIn("createAccount"),
  "lib/accounts/actions.ts#resetPasswordAction": signedIn("resetAccountPassword"),
  "lib/accounts/actions.ts#setAccountActiveAction": signedIn("setAccountActive"),

  // --- lib/good-practice ---
  "lib/good-practice/actions.ts#markGoodPracticeAction": signedIn("markGoodPractice"),
  "lib/good-practice/actions.ts#removeGoodPracticeAction": signedIn("removeGoodPractice"),

  // --- the village's own work ---
  "lib/members/actions.ts#createMemberAction": signedIn("createMember"),
  "lib/members/actions.ts#updateMemberAction": signedIn("updateMember"),
  "lib/members/actions.ts#setMemberActiveAction": signedIn("setMemberActive"),
  "lib/members/actions.ts#deleteMemberAction": signedIn("deleteMember"),
  "lib/opinions/actions.ts#createOpinionAction": signedIn("createOpinion"),
  "lib/opinions/actions.ts#acceptOpinionAction": signedIn("acceptOpinion"),
  "lib/opinions/actions.ts#setAsideOpinionAction": signedIn("setAsideOpinion"),
  "lib/problems/actions.ts#createProblemAction": signedIn("createProblem"),
  "lib/problems/actions.ts#updateProblemAction": signedIn("updateProblem"),
  "lib/problems/actions.ts#setFocusAction": signedIn("setFocus"),
  "lib/problems/actions.ts#savePlanAction": signedIn("savePlan"),

  // --- lib/pledges ---
  "lib/pledges/actions.ts#createPledgeAction": signedIn("createPledge"),
  "lib/pledges/actions.ts#createUpwardPledgeAction": signedIn("createUpwardPledge"),
  "lib/pledges/actions.ts#updatePledgeAction": signedIn("updatePledge"),
  "lib/pledges/actions.ts#amendPledgeAction": signedIn("amendPledge"),
  "lib/pledges/actions.ts#submitPledgeAction": signedIn("submitPledge"),
  "lib/pledges/actions.ts#publishPledgeAction": signedIn("publishPledge"),
  "lib/pledges/actions.ts#approvePledgeAction": signedIn("approvePledge"),
  "lib/pledges/actions.ts#returnPledgeAction": signedIn("returnPledge"),
  "lib/pledges/actions.ts#addProgressAction": signedIn("addProgress"),
  "lib/pledges/actions.ts#closePledgeAction": signedIn("closePledge"),
  "lib/pledges/actions.ts#explainPledgeAction": signedIn("explainPledge"),

  // --- lib/evaluation (staff side) ---
  "lib/evaluation/actions.ts#openRoundAction": signedIn("openRound"),
  "lib/evaluation/actions.ts#closeRoundAction": signedIn("closeRound"),
  "lib/evaluation/actions.ts#generateCodesAction": signedIn("generateCodes"),
  "lib/evaluation/actions.ts#voidBatchAction": signedIn("voidBatch"),
  "lib/evaluation/actions.ts#recordMemberBallotAction": signedIn("recordMemberBallot"),
  "lib/evaluation/actions.ts#enterFirstTallyAction": signedIn("enterFirstTally"),
  "lib/evaluation/actions.ts#enterSecondTallyAction": signedIn("enterSecondTally"),
  "lib/evaluation/actions.ts#assessPledgeAction": signedIn("assessPledge"),

  // --- lib/ledger: the roster import (check, then commit the checked file) ---
  "lib/ledger/actions.ts#importRosterAction": {
    covers: ["dryRunImport", "commitImport"],
    anonymous: "form error UNAUTHENTICATED before the file is read; nothing staged, nothing written",
    tests: [ACTIONS_ANON],
  },

  // --- signed-in route handlers ---
  "app/(app)/village/evaluation/tally-photo/[tallyId]/route.ts GET": {
    covers: ["getTallyPhoto"],
    anonymous: "401, no photo",
    tests: [ROUTES], // 200 with the photo for everyone whose reach holds the village, 404 for the rest
  },
  "app/(app)/oversight/export/route.ts GET": {
    covers: ["openLedgerExport"],
    anonymous: "401, no file",
    tests: [ROUTES], // 200 and the unit's ledger for organisers and officers in reach, 404 outside, 403 by role
  },

  // --- public: no account ---
  "lib/auth/actions.ts#signInAction": {
    public: true,
    who: "anyone",
    exposes: "whether this phone and password sign in; an unknown phone and a wrong password get the same INVALID_CREDENTIALS; throttled per phone and address",
    expect: "a session and a redirect to /home for the right pair; otherwise a form error, and nothing written but the throttle's counter",
    tests: ["tests/db/auth.db.test.ts", ACTIONS_ANON],
  },
  "lib/auth/actions.ts#signOutAction": {
    public: true,
    who: "anyone",
    exposes: "nothing: deletes the caller's own session cookie",
    expect: "a redirect to /sign-in?signedOut=1",
    tests: [ACTIONS_ANON],
  },
  "app/actions/locale.ts#setLocaleAction": {
    public: true,
    who: "anyone",
    exposes: "nothing: sets the caller's own language cookie (zh-CN or en only)",
    expect: "a redirect back to a path on this site (never another host), or nothing for an unknown language",
    tests: [ACTIONS_ANON],
  },
  "lib/evaluation/ballot-actions.ts#submitBallotAction": {
    public: true,
    who: "anyone holding an unused ballot code of an open round",
    exposes: "whether a code can vote (unknown, used, void, not open, over); never which ballot a code cast",
    expect: "one counted ballot and a redirect to the thank-you page; anything else a field error with nothing written (the throttle's counter aside)",
    tests: ["tests/db/evaluation.db.test.ts", ACTIONS_ANON, "tests/db/property-actions.db.test.ts"],
  },
  "lib/opinions/public-actions.ts#submitPublicOpinionAction": {
    public: true,
    who: "anyone, on a board that exists",
    exposes: "nothing: the opinion is stored PENDING and shown nowhere public; an unknown board is NOT_FOUND",
    expect: "success 'received'; throttled per address (RATE_LIMITED); field errors write nothing",
    tests: ["tests/db/opinions.db.test.ts", ACTIONS_ANON, "tests/db/property-actions.db.test.ts"],
  },
  "app/api/auth/[...nextauth]/route.ts GET": {
    public: true,
    who: "anyone",
    exposes: "next-auth's own endpoints: the caller's own session, a CSRF token, the provider list; nothing of other accounts",
    expect: "next-auth's answers; sessions carry only the account id and its session version",
    tests: ["tests/db/auth.db.test.ts", "tests/e2e/sign-in.spec.ts"],
  },
  "app/api/auth/[...nextauth]/route.ts POST": {
    public: true,
    who: "anyone",
    exposes: "the credentials sign-in (lib/auth/sign-in.ts authenticate: same answer for unknown phone and wrong password, throttled) and sign-out",
    expect: "a session for the right pair, the sign-in page with ?error= otherwise",
    tests: ["tests/db/auth.db.test.ts", "tests/e2e/sign-in.spec.ts"],
  },
  "app/(app)/org/import/example/route.ts GET": {
    public: true,
    who: "anyone (no session is read)",
    exposes: "a fixed example roster (lib/ledger/import/layout.ts EXAMPLE_ROWS, invented names); no database read",
    expect: "200, the same CSV for everyone",
    tests: [ROUTES],
  },
  "app/(public)/b/[code]/route.ts GET": {
    public: true,
    who: "anyone",
    exposes: "where a short code leads: a board, or a published pledge; an unpublished pledge's code leads nowhere, like an unknown one",
    expect: "307 to the board or pledge; otherwise 307 to the code form",
    tests: [ROUTES],
  },
  "app/(public)/v/[slug]/qr.svg/route.ts GET": {
    public: true,
    who: "anyone",
    exposes: "the board's short link and the village's name, as a QR image",
    expect: "200 SVG for a board that exists, 404 otherwise",
    tests: [ROUTES],
  },
  "app/(public)/v/[slug]/p/[id]/qr.svg/route.ts GET": {
    public: true,
    who: "anyone",
    exposes: "a published pledge's short link, as a QR image",
    expect: "200 SVG for a published pledge of that board, 404 for a draft, another board's pledge or an unknown one",
    tests: [ROUTES],
  },
  "app/(public)/v/[slug]/board.json/route.ts GET": {
    public: true,
    who: "anyone",
    exposes: "the published board only (lib/public allow-list: tests/db/public-board.db.test.ts)",
    expect: "200 JSON of the published pledges, none unpublished; 404 for an unknown board",
    tests: ["tests/db/public-board.db.test.ts", ROUTES],
  },
  "app/(public)/v/[slug]/board.csv/route.ts GET": {
    public: true,
    who: "anyone",
    exposes: "the published board's pledges, one row each, formula cells neutralised",
    expect: "200 CSV of the published pledges, none unpublished; 404 for an unknown board",
    tests: ["tests/db/public-board.db.test.ts", ROUTES, "tests/unit/property-neutralise.test.ts"],
  },
  "app/(public)/v/[slug]/filter/route.ts GET": {
    public: true,
    who: "anyone",
    exposes: "nothing: reads no data, redirects the filter form to the filtered view's path",
    expect: "303 to /v/<slug>/f/<status>/<pledger> on this site (unknown values mean all); 404 for a malformed slug",
    tests: [ROUTES],
  },
  "app/(public)/evidence/[...key]/route.ts GET": {
    public: true,
    who: "anyone",
    exposes: "a progress photo of a published pledge, by its exact storage key; never one of an unpublished pledge, never a file outside the upload root",
    expect: "200 with the photo (304 for its ETag); 404 otherwise",
    tests: ["tests/db/public-board.db.test.ts", ROUTES],
  },
};
