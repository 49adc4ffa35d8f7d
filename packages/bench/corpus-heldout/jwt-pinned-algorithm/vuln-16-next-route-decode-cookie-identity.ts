// pattern: jsonwebtoken decode() getUserId helper used by a Next.js app route handler; flaw: line 16
import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import jwt from 'jsonwebtoken';
import { db } from '@/lib/db';

type SessionClaims = {
  sub: string;
  email: string;
  tenant_id: string;
};

function sessionFromCookie(): SessionClaims | null {
  const token = cookies().get('sb-access-token')?.value;
  if (!token) return null;
  const claims = jwt.decode(token) as SessionClaims | null;
  return claims?.sub ? claims : null;
}

export async function GET() {
  const session = sessionFromCookie();
  if (!session) {
    return NextResponse.json({ error: 'Not signed in' }, { status: 401 });
  }

  const orders = await db.order.findMany({
    where: { userId: session.sub, tenantId: session.tenant_id },
    orderBy: { createdAt: 'desc' },
    take: 50,
  });

  return NextResponse.json({ email: session.email, orders });
}
