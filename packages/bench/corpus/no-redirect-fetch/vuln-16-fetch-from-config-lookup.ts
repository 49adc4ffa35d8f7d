import type { NextRequest } from 'next/server';

export async function POST(request: NextRequest) {
  const { webhookUrl, event } = await request.json();
  await fetch(webhookUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(event),
  });
  return new Response(null, { status: 202 });
}
