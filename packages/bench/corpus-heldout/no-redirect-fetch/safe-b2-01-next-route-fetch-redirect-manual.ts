// pattern: Next.js route handler checking a user-supplied link with fetch redirect: "manual" (MDN fetch "redirect" option, vercel/next.js discussions on link checkers)
import { NextResponse, type NextRequest } from "next/server";

export async function POST(request: NextRequest) {
  const { url } = (await request.json()) as { url?: string };
  if (!url) {
    return NextResponse.json({ error: "url is required" }, { status: 400 });
  }

  const res = await fetch(url, {
    method: "HEAD",
    redirect: "manual",
    signal: AbortSignal.timeout(5000),
  });

  const location = res.headers.get("location");
  return NextResponse.json({
    status: res.status,
    redirectsTo: res.status >= 300 && res.status < 400 ? location : null,
    contentType: res.headers.get("content-type"),
  });
}
