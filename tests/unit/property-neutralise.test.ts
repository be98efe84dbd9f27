// Formula injection in the files people open in a spreadsheet: the board's CSV (open data) and the
// ledger (台账, CSV and XLSX share ledgerRow). Whatever text a secretary, a member or a villager
// typed, no cell of those files may start with what a spreadsheet runs as a formula (= + - @, or a
// tab or carriage return some programs skip before one); numbers stay numbers.
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { Assessment, PledgeStatus, PledgerKind, ProblemArea } from "@/lib/generated/prisma/enums";
import { ledgerRow, type LedgerSourceRow } from "@/lib/ledger/columns";
import type { PublicBoard, PublicPledge } from "@/lib/public/board";
import { boardCsv, neutraliseCell } from "@/lib/public/open-data";
import { hostileString } from "./property-values";

const RUNS = { cell: 2000, ledger: 500, board: 200 };
const FORMULA_START = /^[=+\-@\t\r]/;
/** A number as CSV writes it: a spreadsheet reads "-3" as minus three, not as a formula. */
const NUMBER_LITERAL = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;
let runs = 0;

/** Text that starts like a formula, then anything. */
const formulaLike = fc.tuple(fc.constantFrom("=", "+", "-", "@", "\t", "\r"), fc.oneof(hostileString, fc.string({ unit: "binary" }))).map(([head, rest]) => head + rest);
const anyText = fc.oneof(formulaLike, hostileString);
const day = fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe("neutraliseCell", () => {
  it("never lets a text cell start like a formula, and changes nothing else", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        runs++;
        const cell = neutraliseCell(text);
        expect(typeof cell).toBe("string");
        expect(cell).not.toMatch(FORMULA_START);
        expect(cell).toBe(FORMULA_START.test(text) ? `'${text}` : text);
      }),
      { numRuns: RUNS.cell },
    );
  });

  it("keeps numbers as numbers (a negative count is no formula)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double({ noNaN: true })), (n) => {
        runs++;
        expect(neutraliseCell(n)).toBe(n);
      }),
      { numRuns: RUNS.cell / 4 },
    );
  });
});

/** Enum columns come from the database's enums; one unknown value checks the fallback to the raw value. */
const oneOf = (values: Record<string, string>) => fc.constantFrom(...Object.values(values), "=UNKNOWN");
const ledgerSource: fc.Arbitrary<LedgerSourceRow> = fc.record({
  id: anyText, codeNumber: fc.nat(), pledgerKind: oneOf(PledgerKind), area: oneOf(ProblemArea),
  action: anyText, quantity: fc.option(anyText), unit: fc.option(anyText), placeOrBeneficiaries: anyText, dueOn: day,
  responsiblePerson: anyText, verification: anyText, status: oneOf(PledgeStatus), vagueFlags: fc.array(anyText, { maxLength: 3 }),
  overrideReason: fc.option(anyText), explanation: fc.option(anyText), assessment: fc.option(oneOf(Assessment)), publishedAt: fc.option(fc.date({ noInvalidDate: true })),
  county: anyText, township: anyText, village: anyText, branchName: anyText, memberName: fc.option(anyText), pledgerTownship: fc.option(anyText),
  department: fc.option(anyText), problem: fc.option(anyText),
});

describe("the ledger's rows (CSV and XLSX)", () => {
  it("hold no text cell that starts like a formula, whatever was typed", () => {
    fc.assert(
      fc.property(ledgerSource, day, (row, today) => {
        runs++;
        for (const cell of ledgerRow(row, undefined, today)) {
          if (typeof cell === "string") expect(cell).not.toMatch(FORMULA_START);
          else expect(typeof cell === "number" && Number.isFinite(cell)).toBe(true);
        }
      }),
      { numRuns: RUNS.ledger },
    );
  });
});

const publicPledge: fc.Arbitrary<PublicPledge> = fc.record({
  id: fc.stringMatching(/^[a-z0-9]{1,12}$/), area: fc.constant("OTHER" as const), action: anyText, quantity: fc.option(anyText), unit: fc.option(anyText),
  placeOrBeneficiaries: anyText, dueOn: day, responsiblePerson: anyText, verification: anyText, explanation: fc.option(anyText),
  pledgerName: anyText, problemTitle: fc.option(anyText), progressBody: fc.option(anyText),
}).map(({ pledgerName, problemTitle, progressBody, ...text }) => ({
  ...text,
  pledger: { kind: "BRANCH", key: "branch", name: pledgerName },
  status: "PUBLISHED", assessment: null, evaluation: null, textVersion: 1, publishedOn: "2026-05-01", daysLeft: -3, overdue: true,
  needsExplanation: true, problem: problemTitle === null ? null : { id: "pr1", title: problemTitle },
  latestProgress: progressBody === null ? null : { body: progressBody, at: "2026-06-01", photos: [] }, progressCount: 1, chainHead: "abcd1234",
}));

describe("the board's CSV", () => {
  it("reads back, cell by cell, with no cell that starts like a formula", () => {
    fc.assert(
      fc.property(fc.array(publicPledge, { minLength: 1, maxLength: 4 }), (pledges) => {
        runs++;
        const board = { village: { slug: "v-abc" }, groups: [{ kind: "BRANCH", key: "branch", name: "支部", pledges }] } as unknown as PublicBoard;
        const rows = parse(boardCsv(board, "https://x.org"), { bom: true, relax_column_count: false }) as string[][];
        expect(rows).toHaveLength(1 + pledges.length);
        for (const row of rows.slice(1)) for (const cell of row) if (!NUMBER_LITERAL.test(cell)) expect(cell).not.toMatch(FORMULA_START);
        // The typed text is all there, behind its apostrophe: neutralised, not lost (a lone surrogate has no UTF-8 form).
        expect(rows.slice(1).map((row) => row[4]!.replace(/^'(?=[=+\-@\t\r])/, ""))).toEqual(pledges.map((p) => p.action.toWellFormed()));
      }),
      { numRuns: RUNS.board },
    );
  });
});

afterAll(() => {
  console.info(`property-neutralise: numRuns cell ${RUNS.cell} + numbers ${RUNS.cell / 4} + ledger ${RUNS.ledger} + board CSV ${RUNS.board}; ran ${runs}`);
});
