import { NextRequest, NextResponse } from 'next/server';

export async function POST(request: NextRequest) {
  const { avatarUrl } = await request.json();
  const parsed = new URL(avatarUrl);
  if (parsed.protocol !== 'https:' || parsed.hostname !== 'cdn.example.com') {
    return NextResponse.json({ error: 'unsupported host' }, { status: 400 });
  }
  const image = await fetch(parsed, { redirect: 'error' });
  return new NextResponse(image.body);
}
