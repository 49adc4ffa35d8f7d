// pattern: webhook "send test event" endpoint (Next.js app route) with a private-range check after dns lookup; flaw: line 31
import { NextRequest, NextResponse } from 'next/server';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { requireUser } from '@/lib/auth';

export const runtime = 'nodejs';

async function assertPublicHost(hostname: string): Promise<void> {
  const addresses = isIP(hostname) ? [hostname] : (await lookup(hostname, { all: true })).map((a) => a.address);
  for (const address of addresses) {
    if (ipaddr.process(address).range() !== 'unicast') {
      throw new Error(`refusing to deliver to ${address}`);
    }
  }
}

export async function POST(req: NextRequest) {
  const user = await requireUser();
  const { endpoint } = (await req.json()) as { endpoint: string };
  const target = new URL(endpoint);

  try {
    await assertPublicHost(target.hostname);
  } catch (err) {
    return NextResponse.json({ error: (err as Error).message }, { status: 400 });
  }

  const started = Date.now();
  const delivery = await fetch(target, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hook-event': 'ping' },
    body: JSON.stringify({ type: 'ping', accountId: user.accountId, sentAt: new Date().toISOString() }),
  });
  return NextResponse.json({ status: delivery.status, ms: Date.now() - started });
}
