import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/request-address";

// The address is the key of the per-address sign-in limit: getting it wrong either blocks a whole
// office behind one proxy or lets one client spread its attempts over many keys.
describe("clientAddress", () => {
  it("takes the first X-Forwarded-For entry (the client, as the proxy wrote it)", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.2, 10.0.0.1" }))).toBe("203.0.113.7");
  });

  it("trims the spaces around that entry", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "   203.0.113.7   ,10.0.0.1" }))).toBe("203.0.113.7");
  });

  it("falls back to X-Real-IP when there is no X-Forwarded-For", () => {
    expect(clientAddress(new Headers({ "x-real-ip": "198.51.100.4" }))).toBe("198.51.100.4");
  });

  it("falls back to X-Real-IP when X-Forwarded-For is empty", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": " , 10.0.0.1", "x-real-ip": "198.51.100.4" }))).toBe("198.51.100.4");
  });

  it("prefers X-Forwarded-For over X-Real-IP", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7", "x-real-ip": "198.51.100.4" }))).toBe("203.0.113.7");
  });

  it('is "local" when no proxy header is present (a direct connection in development)', () => {
    expect(clientAddress(new Headers())).toBe("local");
    expect(clientAddress({})).toBe("local");
  });

  it("reads next-auth's plain header object, including repeated headers given as arrays", () => {
    expect(clientAddress({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" })).toBe("203.0.113.7");
    expect(clientAddress({ "x-forwarded-for": ["203.0.113.9", "10.0.0.1"] })).toBe("203.0.113.9");
    expect(clientAddress({ "x-real-ip": "198.51.100.4", "x-forwarded-for": undefined })).toBe("198.51.100.4");
  });

  it("reads IPv6 addresses whole", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "2001:db8::1, 10.0.0.1" }))).toBe("2001:db8::1");
  });
});
