// pattern: Next.js app router OPTIONS handler with allowedOrigins.includes(origin) (tauri + web client)
import { NextRequest, NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { listBookmarks } from '@/lib/bookmarks';

const allowedOrigins = ['https://bookmarks.example.net', 'tauri://localhost', 'https://tauri.localhost'];

function corsHeaders(req: NextRequest): Record<string, string> {
  const origin = req.headers.get('origin');
  const headers: Record<string, string> = {
    'Access-Control-Allow-Methods': 'GET, OPTIONS',
    'Access-Control-Allow-Headers': 'Content-Type',
    Vary: 'Origin',
  };
  if (origin && allowedOrigins.includes(origin)) {
    headers['Access-Control-Allow-Origin'] = origin;
    headers['Access-Control-Allow-Credentials'] = 'true';
  }
  return headers;
}

export async function OPTIONS(req: NextRequest) {
  return new NextResponse(null, { status: 204, headers: corsHeaders(req) });
}

export async function GET(req: NextRequest) {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401, headers: corsHeaders(req) });
  }
  const bookmarks = await listBookmarks(session.user.id);
  return NextResponse.json({ bookmarks }, { headers: corsHeaders(req) });
}
