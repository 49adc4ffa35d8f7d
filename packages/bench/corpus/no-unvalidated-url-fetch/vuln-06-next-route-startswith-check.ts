import { NextRequest, NextResponse } from 'next/server';

export async function POST(request: NextRequest) {
  const { avatarUrl } = await request.json();
  if (!avatarUrl.startsWith('https://cdn.example.com')) {
    return NextResponse.json({ error: 'unsupported host' }, { status: 400 });
  }
  const image = await fetch(avatarUrl, { redirect: 'error' });
  return new NextResponse(image.body, { headers: { 'content-type': image.headers.get('content-type') ?? 'image/png' } });
}
