// pattern: laurartucker/coding-challenge src/app/api/proxy/route.ts (Next.js route proxying a url search param); flaw: line 14
import { NextRequest, NextResponse } from 'next/server';

const ALLOWED_PREFIX = 'https://api.weather.gov';

export async function GET(req: NextRequest) {
  const { searchParams } = new URL(req.url);
  const targetUrl = searchParams.get('url');

  if (!targetUrl || !targetUrl.startsWith(ALLOWED_PREFIX)) {
    return NextResponse.json({ error: 'Only api.weather.gov URLs are supported' }, { status: 400 });
  }

  const upstream = await fetch(targetUrl, { redirect: 'manual', headers: { 'User-Agent': 'forecast-demo' } });
  const text = await upstream.text();
  return new NextResponse(text, {
    status: upstream.status,
    headers: { 'Content-Type': upstream.headers.get('content-type') ?? 'application/json' },
  });
}
