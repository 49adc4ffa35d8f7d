import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const { imageUrl } = (await request.json()) as { imageUrl: string };
  const upstream = await fetch(imageUrl, { headers: { Accept: 'image/*' } });
  const bytes = await upstream.arrayBuffer();
  return new NextResponse(bytes, { headers: { 'Content-Type': upstream.headers.get('content-type') ?? 'image/png' } });
}
