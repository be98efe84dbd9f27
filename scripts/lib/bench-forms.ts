// Posting the app's forms as a phone without JavaScript does: the hidden fields React renders
// into a server-action form, a multipart body, and the session cookie of a signed-in account.
import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";

/** The hidden fields React renders into a form whose action is a server action (what a browser without JavaScript posts back). */
export function actionFields(html: string, marker: string): [string, string][] {
  const form = html.split("<form").find((chunk) => chunk.includes(marker));
  if (!form) throw new Error(`No form with ${marker} on the page`);
  const fields: [string, string][] = [];
  for (const match of form.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)) {
    fields.push([match[1]!, (match[2] ?? "").replaceAll("&quot;", '"').replaceAll("&amp;", "&")]);
  }
  if (fields.length === 0) throw new Error("The form carries no server action fields");
  return fields;
}

export function multipart(fields: [string, string][]) {
  const boundary = `----bench${randomBytes(8).toString("hex")}`;
  const body = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${boundary}--\r\n`;
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

/**
 * The cookie next-auth itself would set after signing this account in (over plain HTTP), signed
 * with the app's secret: the benches skip the sign-in form, which is throttled and not what they time.
 */
export async function sessionCookie(user: { id: string; sessionVersion: number }, secret: string): Promise<string> {
  const token = await encode({ token: { sub: user.id, uid: user.id, sv: user.sessionVersion }, secret });
  return `next-auth.session-token=${token}`;
}
