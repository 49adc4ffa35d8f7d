// pattern: Prisma $queryRawUnsafe in a Next.js app router search endpoint; flaw at line 17
import { NextRequest, NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

type Hit = { id: string; title: string; rank: number };

export async function GET(request: NextRequest) {
  const { searchParams } = request.nextUrl;
  const term = searchParams.get('q') ?? '';
  const take = Math.min(Number(searchParams.get('take') ?? 10), 50);

  if (!term) {
    return NextResponse.json({ hits: [] });
  }

  const hits = await prisma.$queryRawUnsafe<Hit[]>(
    `SELECT id, title, ts_rank(search_vector, plainto_tsquery('english', '${term}')) AS rank
       FROM "Post"
      WHERE search_vector @@ plainto_tsquery('english', '${term}')
      ORDER BY rank DESC
      LIMIT ${take}`,
  );

  return NextResponse.json({ hits });
}
