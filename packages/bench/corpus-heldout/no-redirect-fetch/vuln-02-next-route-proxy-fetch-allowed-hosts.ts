// pattern: DavidIlie/personal-dashboard src/app/proxy/route.ts (Next.js searchParams url proxy) plus a host allowlist; flaw: line 22
import { NextRequest, NextResponse } from 'next/server';

const ALLOWED_HOSTS = ['raw.githubusercontent.com', 'gist.githubusercontent.com'];

export async function GET(req: NextRequest) {
  const encoded = req.nextUrl.searchParams.get('url');
  if (!encoded) {
    return NextResponse.json({ error: 'Missing url parameter' }, { status: 400 });
  }

  let target: URL;
  try {
    target = new URL(decodeURIComponent(encoded));
  } catch {
    return NextResponse.json({ error: 'Invalid url' }, { status: 400 });
  }
  if (!ALLOWED_HOSTS.includes(target.hostname)) {
    return NextResponse.json({ error: 'Host not allowed' }, { status: 403 });
  }

  const upstream = await fetch(target, { cache: 'no-store' });
  const text = await upstream.text();
  return new NextResponse(text, {
    status: upstream.status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
