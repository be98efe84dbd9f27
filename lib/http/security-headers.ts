// The security headers every response carries, decided per request by proxy.ts. Pure, so the
// policy for each kind of page is unit-tested without a server.

/**
 * Public pages served from Next's full-route cache (a board, its filtered views, a pledge's page,
 * the print sheets): drawn once for every visitor, so no per-request nonce can be written into
 * their HTML. They show only published text rendered as text by React (never as HTML), and work
 * without any script at all; their policy allows Next's inline bootstrap scripts by
 * 'unsafe-inline' but no script from anywhere else.
 */
const CACHED_PUBLIC_PAGE = /^\/v\/[^/]+(?:\/(?:p\/[^/]+|f\/[^/]+\/[^/]+|print\/.*))?\/?$/;

export function isCachedPublicPage(pathname: string): boolean {
  return CACHED_PUBLIC_PAGE.test(pathname);
}

export type HeaderOptions = { pathname: string; nonce: string; https: boolean; development?: boolean };

/** The Content-Security-Policy for one response. Pages rendered per request get a nonce (Next applies it to its own scripts). */
export function contentSecurityPolicy({ pathname, nonce, https, development = false }: HeaderOptions): string {
  const scripts = isCachedPublicPage(pathname) ? "'self' 'unsafe-inline'" : `'self' 'nonce-${nonce}' 'strict-dynamic'`;
  return [
    "default-src 'self'",
    // React needs eval only in development (error stacks); production never evaluates strings.
    `script-src ${scripts}${development ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes and print sheets' <style> blocks; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    // Progress photos and QR codes are same-origin; chosen photos are previewed from blob: URLs.
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** All security headers of a response (CSP included). HSTS only over HTTPS: on plain HTTP it means nothing and would be ignored. */
export function securityHeaders(options: HeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    // Ballot links carry the code in the address: never send it to another site.
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(self), geolocation=(), microphone=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(options.https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** Whether the client reached us over HTTPS (directly, or through a reverse proxy that says so). */
export function servedOverHttps(url: URL, forwardedProto: string | null): boolean {
  const proto = forwardedProto?.split(",")[0]?.trim().toLowerCase();
  return proto ? proto === "https" : url.protocol === "https:";
}
