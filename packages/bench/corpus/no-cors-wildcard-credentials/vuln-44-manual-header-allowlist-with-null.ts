import type { NextRequest } from 'next/server';
import { NextResponse } from 'next/server';

// The desktop client runs from file://, whose Origin is "null".
const ALLOWED_ORIGINS = ['https://app.paperdesk.io', 'null'];

export function middleware(request: NextRequest) {
  const origin = request.headers.get('origin') ?? '';
  const response = NextResponse.next();
  if (ALLOWED_ORIGINS.includes(origin)) {
    response.headers.set('Access-Control-Allow-Origin', origin);
    response.headers.set('Access-Control-Allow-Credentials', 'true');
  }
  return response;
}

export const config = { matcher: '/api/:path*' };
