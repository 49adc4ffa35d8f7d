import { NextResponse } from 'next/server';
import { prisma } from '@/lib/db';

export async function GET(request: Request) {
  const { searchParams } = new URL(request.url);
  const tag = searchParams.get('tag') ?? 'all';
  const posts = await prisma.$queryRawUnsafe(
    `SELECT p.id, p.title FROM "Post" p JOIN "Tag" t ON t."postId" = p.id WHERE t.name = '${tag}'`,
  );
  return NextResponse.json(posts);
}
