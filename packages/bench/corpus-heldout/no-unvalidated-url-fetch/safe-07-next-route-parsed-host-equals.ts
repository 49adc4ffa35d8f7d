// pattern: laurartucker/coding-challenge src/app/api/proxy/route.ts (Next.js route proxying a url search param)
import { NextRequest, NextResponse } from 'next/server';

const WEATHER_HOST = 'api.weather.gov';

export async function GET(req: NextRequest) {
  const raw = req.nextUrl.searchParams.get('url');
  if (!raw || !URL.canParse(raw)) {
    return NextResponse.json({ error: 'Missing url parameter' }, { status: 400 });
  }

  const target = new URL(raw);
  if (target.protocol !== 'https:' || target.host !== WEATHER_HOST) {
    return NextResponse.json({ error: 'Only api.weather.gov URLs are supported' }, { status: 400 });
  }

  const upstream = await fetch(target, { redirect: 'error', headers: { 'User-Agent': 'forecast-demo' } });
  const text = await upstream.text();
  return new NextResponse(text, {
    status: upstream.status,
    headers: { 'Content-Type': upstream.headers.get('content-type') ?? 'application/json' },
  });
}
