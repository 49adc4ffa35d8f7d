import { NextResponse } from 'next/server';
import { logger } from '@/lib/logger';

export async function POST(req: Request) {
  try {
    const data = await req.json();
    return NextResponse.json({ ok: true, data });
  } catch (error) {
    logger.error({ error }, 'failed to handle POST');
    return NextResponse.json({ error: 'Something went wrong' }, { status: 500 });
  }
}
