// pattern: juji/better-auth burgundy/src/lib/jwks.ts (jose jwtVerify with createRemoteJWKSet in Next.js middleware); flaw: line 16
import { NextResponse } from 'next/server';
import type { NextRequest } from 'next/server';
import { createRemoteJWKSet, jwtVerify } from 'jose';

const AUTH_SERVER = process.env.AUTH_SERVER_URL!;
const JWKS = createRemoteJWKSet(new URL('/api/auth/jwks', AUTH_SERVER));

export async function middleware(req: NextRequest) {
  const token = req.cookies.get('session_token')?.value;
  if (!token) {
    return NextResponse.redirect(new URL('/login', req.url));
  }

  try {
    const { payload } = await jwtVerify(token, JWKS, {
      issuer: AUTH_SERVER,
      audience: AUTH_SERVER,
    });
    const headers = new Headers(req.headers);
    headers.set('x-user-id', String(payload.sub));
    headers.set('x-user-role', String(payload.role ?? 'member'));
    return NextResponse.next({ request: { headers } });
  } catch {
    const res = NextResponse.redirect(new URL('/login', req.url));
    res.cookies.delete('session_token');
    return res;
  }
}

export const config = {
  matcher: ['/dashboard/:path*', '/settings/:path*'],
};
