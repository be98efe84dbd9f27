import "server-only";
import QRCode from "qrcode";
import { publicBaseUrl } from "@/lib/env";

// The printable slips of a freshly generated batch: each code with a QR code of the ballot's
// absolute address, so a villager's camera opens the ballot with the code filled in.

export type Slip = { code: string; url: string; qrSvg: string };

/** The ballot's address for one code (the public base URL: NEXTAUTH_URL or PUBLIC_BASE_URL). */
export function ballotUrl(code: string): string {
  return `${publicBaseUrl()}/ballot?code=${encodeURIComponent(code)}`;
}

/** One slip per code, QR codes drawn as SVG on the server (so printing needs no JavaScript). */
export async function buildSlips(codes: readonly string[]): Promise<Slip[]> {
  return Promise.all(
    codes.map(async (code) => {
      const url = ballotUrl(code);
      const qrSvg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
      return { code, url, qrSvg };
    }),
  );
}
