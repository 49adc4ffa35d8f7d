// pattern: Next.js route handler parsing the URL and checking hostname against a Set before fetching (OWASP SSRF cheat sheet allowlist approach)
import { NextResponse, type NextRequest } from "next/server";

const ALLOWED_IMAGE_HOSTS = new Set([
  "images.unsplash.com",
  "cdn.shopify.com",
  "avatars.githubusercontent.com",
]);

export async function GET(request: NextRequest) {
  const raw = request.nextUrl.searchParams.get("src");
  let target: URL;
  try {
    target = new URL(raw ?? "");
  } catch {
    return NextResponse.json({ error: "invalid src" }, { status: 400 });
  }

  if (target.protocol !== "https:" || !ALLOWED_IMAGE_HOSTS.has(target.hostname)) {
    return NextResponse.json({ error: "host not allowed" }, { status: 400 });
  }

  const upstream = await fetch(target, { redirect: "error" });
  return new NextResponse(upstream.body, {
    status: upstream.status,
    headers: { "Content-Type": upstream.headers.get("content-type") ?? "image/jpeg" },
  });
}
