import { NextResponse, type NextRequest } from "next/server";

// Server actions refuse bodies over 1 MB, but only after reading them, and answer with a bare
// 500. Refuse oversized posts up front instead, with a 413 and a message a person can act on.
export const MAX_FORM_BYTES = 1024 * 1024;

const TOO_LARGE_PAGE = `<!doctype html><html lang="zh-Hans"><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>提交的内容太大</title><body style="font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.6">
<h1>提交的内容太大</h1><p>一次提交不能超过 1 MB。请删减内容后返回重新提交。</p>
<p lang="en">The form was too large (limit 1 MB). Go back, shorten it and submit again.</p>
<p><a href="javascript:history.back()">返回 / Back</a></p></body></html>`;

export function proxy(request: NextRequest) {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (request.method === "POST" && length > MAX_FORM_BYTES) {
    return new NextResponse(TOO_LARGE_PAGE, { status: 413, headers: { "content-type": "text/html; charset=utf-8" } });
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|manifest.webmanifest).*)"],
};
