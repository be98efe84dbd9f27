// Hostile values for the property tests (tests/unit/property-*.test.ts, tests/db/property-*.db.test.ts):
// what a browser, a script or a crafted request could post into a form field, and worse.
import fc from "fast-check";
import * as enums from "@/lib/generated/prisma/enums";

/** Strings chosen for what they break: markup, formulas, SQL, paths, prototype keys, numbers and dates in disguise, odd unicode. */
export const NASTY_STRINGS = [
  "", " ", "   ", "\u0000", "\t\r\n", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><svg onload=alert(1)>',
  "javascript:alert(1)", "</textarea><b>x</b>", "{{7*7}}", "${7*7}", "=cmd|'/c calc'!A1", "=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1",
  "'; DROP TABLE \"Pledge\"; --", "%", "_", "\\", "../../etc/passwd", "ab/../../x.jpg", "__proto__", "constructor", "prototype",
  "toString", "hasOwnProperty", "NaN", "Infinity", "-Infinity", "1e309", "-0", "0x1F", "1_000", " 42 ", "4.2", "0.001",
  "9007199254740993", "0", "1", "2", "-5", "true", "false", "on", "yes", "null", "undefined", "[object Object]", "2026-02-30",
  "2026-11-25", "2026-11-25T09:00", "2026-12-01T09:00", "9999-12-31T23:59", "0000-00-00", "\u202e\u202dabc", "𠮷野家",
  "👨‍👩‍👧‍👦", "\ud800", "\udfff", "é", "ﬀ", "İ", "\u200b", "\ufeff", "13800000000", "138 0000-0000", "1380000000a",
  "修缮3处牲畜饮水点", "Passw0rd-long-enough",
];

/** Every value of the schema enums, so that some hostile forms get past their enums to what follows. */
export const ENUM_VALUES = [
  ...Object.values(enums).flatMap((values) => (values && typeof values === "object" ? Object.values(values as Record<string, string>) : [])),
  "MASS_MEETING", "DOOR_TO_DOOR", "MEMBER", "SUGGESTION_BOX",
];

/** Keys a crafted form could add to any form: prototype keys, and the dynamic keys some schemas gather. */
export const HOSTILE_KEYS = [
  "__proto__", "constructor", "prototype", "toString", "valueOf", "rating:__proto__", "comment:__proto__", "rating:constructor",
  "count:__proto__:SATISFIED", "count:constructor:SATISFIED", "count:x:__PROTO__", "count:x:SATISFIED", "rating:x", "comment:x",
  "$ACTION_ID_x", "confirm", "",
];

const longString = fc
  .tuple(fc.integer({ min: 1, max: 120_000 }), fc.constantFrom("字", "a", "<", "👍", " ", "=", "\u0000"))
  .map(([n, c]) => c.repeat(n));

/** Any string a form field could carry. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.constantFrom(...ENUM_VALUES) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 80 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 80 }) },
  { weight: 1, arbitrary: longString },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt()).map(String) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...NASTY_STRINGS), fc.string({ maxLength: 20 })).map(([a, b]) => a + b) },
);

const throwing = {
  toString() {
    throw new Error("toString");
  },
  valueOf() {
    throw new Error("valueOf");
  },
};

/** Any value at all, where a string was expected: nulls, numbers, dates (invalid ones too), arrays, objects with prototype keys, files. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined, NaN, Infinity, -0, true, false, Symbol("s"), throwing, Object.create(null), [], {}, new Date(Number.NaN)) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt(), fc.boolean()) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_KEYS).map((key) => JSON.parse(`{${JSON.stringify(key)}: {"polluted": "yes"}}`) as unknown) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((bytes) => new Blob([bytes], { type: "image/jpeg" })) },
);

/** Throws when something set a property on Object.prototype (prototype pollution), naming it; cleans up first. */
export function assertNoPrototypePollution(baseline: readonly string[]): void {
  const now = Object.getOwnPropertyNames(Object.prototype);
  const added = now.filter((name) => !baseline.includes(name));
  for (const name of added) delete (Object.prototype as Record<string, unknown>)[name];
  if (added.length > 0) throw new Error(`Object.prototype was polluted with: ${added.join(", ")}`);
}
