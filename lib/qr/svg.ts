import QRCode from "qrcode";

// QR codes as SVG: vector, so a poster printed at any size stays sharp. Error correction "Q"
// (about a quarter of the symbol may be lost) survives a fold, a smudge or a drawing pin on a
// notice board; the quiet zone is the standard four modules, which readers need to find the code.

export const QR_ERROR_CORRECTION = "Q";
export const QR_QUIET_ZONE = 4;

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * An SVG document of a QR code for `text`, black on white, scaling to whatever box holds it.
 * `label` becomes its accessible name (role="img" with a <title>).
 */
export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: "svg", errorCorrectionLevel: QR_ERROR_CORRECTION, margin: QR_QUIET_ZONE });
  const name = escapeXml(label);
  return svg
    .trim()
    .replace(/^<svg /, `<svg role="img" aria-label="${name}" `)
    .replace(/^(<svg[^>]*>)/, `$1<title>${name}</title>`);
}

/** The number of modules across, quiet zone included (tests and print sizing). */
export function qrModules(text: string): number {
  return QRCode.create(text, { errorCorrectionLevel: QR_ERROR_CORRECTION }).modules.size + 2 * QR_QUIET_ZONE;
}
