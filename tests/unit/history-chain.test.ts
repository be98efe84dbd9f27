import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, findBrokenLinks, GENESIS_HASH, hashEvent, type ChainedEventContent, type StoredEvent } from "@/lib/history/chain";

const T0 = Date.parse("2026-04-01T08:00:00.000Z");

/** A whole chain of `length` events for one pledge, linked the way appendPledgeEvent links them. */
function chain(length: number, payloadOf: (seq: number) => unknown = (seq) => ({ note: `进展 ${seq}`, seq })): StoredEvent[] {
  const events: StoredEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq++) {
    const content: ChainedEventContent = {
      pledgeId: "pledge-1",
      seq,
      type: seq === 1 ? "CREATED" : "PROGRESS",
      payload: payloadOf(seq),
      actorId: seq % 2 ? "user-secretary" : null,
      createdAt: new Date(T0 + seq * 60_000),
      prevHash,
    };
    const hash = hashEvent(content);
    events.push({ ...content, hash });
    prevHash = hash;
  }
  return events;
}

/** Recomputes an event's hash after its content was changed, as a careful forger would. */
function rehash(event: StoredEvent): StoredEvent {
  const { hash: _old, ...content } = event;
  return { ...content, hash: hashEvent(content) };
}

describe("canonicalJson", () => {
  it("writes object keys in sorted order, at every depth", () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}');
  });

  it("gives the same text for the same content, whatever order its keys were written in", () => {
    const json = fc.jsonValue();
    fc.assert(
      fc.property(json, (value) => {
        // JSON.parse of a re-serialised copy with reversed key order is the same content.
        const reversed = JSON.parse(JSON.stringify(value, (_key, v) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v)));
        expect(canonicalJson(reversed)).toBe(canonicalJson(value));
      }),
    );
  });

  it("keeps array order, which is meaningful", () => {
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  it("writes dates as ISO text and drops undefined fields, as the database would store them", () => {
    expect(canonicalJson({ at: new Date(T0), gone: undefined })).toBe(`{"at":"2026-04-01T08:00:00.000Z"}`);
  });
});

describe("hashEvent", () => {
  const [first] = chain(1) as [StoredEvent];
  const { hash, ...content } = first;

  it("is stable: the same event always hashes the same (a poster printed today still verifies)", () => {
    expect(hashEvent(content)).toBe(hash);
    expect(hashEvent({ ...content, payload: JSON.parse(JSON.stringify(content.payload)) })).toBe(hash);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes when any part of the event changes", () => {
    const variants: ChainedEventContent[] = [
      { ...content, payload: { note: "进展 1", seq: 2 } },
      { ...content, seq: 2 },
      { ...content, type: "EDITED" },
      { ...content, actorId: "someone-else" },
      { ...content, createdAt: new Date(content.createdAt.getTime() + 1) },
      { ...content, prevHash: "f".repeat(64) },
      { ...content, pledgeId: "pledge-2" },
    ];
    for (const variant of variants) expect(hashEvent(variant)).not.toBe(hash);
  });
});

describe("findBrokenLinks", () => {
  it("returns [] for a whole chain, and for none at all", () => {
    expect(findBrokenLinks(chain(6))).toEqual([]);
    expect(findBrokenLinks([])).toEqual([]);
  });

  it("does not depend on the order the events are handed over in", () => {
    expect(findBrokenLinks([...chain(6)].reverse())).toEqual([]);
  });

  it("finds an event whose payload was altered", () => {
    const events = chain(5);
    events[2] = { ...events[2]!, payload: { note: "已完成", seq: 3 } };
    expect(findBrokenLinks(events)).toContain(3);
  });

  it("finds an altered event even when its own hash was recomputed: the next link breaks", () => {
    const events = chain(5);
    events[2] = rehash({ ...events[2]!, payload: { note: "已完成", seq: 3 } });
    expect(findBrokenLinks(events)).toEqual([4]);
  });

  it("finds an event that was removed from the middle", () => {
    const events = chain(5);
    events.splice(2, 1);
    expect(findBrokenLinks(events)).toEqual([4, 5]);
  });

  it("finds a chain whose events were put in another order (seq numbers swapped)", () => {
    const events = chain(5);
    const second = events[1]!;
    const third = events[2]!;
    events[1] = { ...third, seq: 2 };
    events[2] = { ...second, seq: 3 };
    expect(findBrokenLinks(events)).toEqual(expect.arrayContaining([2, 3]));
  });

  it("finds a fork: two events claiming the same place in the chain", () => {
    const events = chain(3);
    const { hash: _h, ...third } = events[2]!;
    const fork = { ...third, payload: { note: "另一个版本" } };
    events.push({ ...fork, hash: hashEvent(fork) });
    expect(findBrokenLinks(events).length).toBeGreaterThan(0);
  });

  it("finds any single altered payload in any chain", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.nat(), fc.jsonValue(), (length, pick, replacement) => {
        const events = chain(length);
        const index = pick % length;
        fc.pre(canonicalJson(replacement) !== canonicalJson(events[index]!.payload));
        events[index] = { ...events[index]!, payload: replacement };
        expect(findBrokenLinks(events)).toContain(index + 1);
      }),
    );
  });
});
