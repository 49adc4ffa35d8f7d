// pattern: Next.js route handler with prisma.$queryRawUnsafe for full-text search (prisma docs "Raw queries" $queryRawUnsafe warning); flaw at line 16
import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/prisma";

export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get("q") ?? "";
  const tag = request.nextUrl.searchParams.get("tag");

  const tagClause = tag ? ` AND '${tag}' = ANY(p.tags)` : "";
  const query =
    `SELECT p.id, p.title, ts_rank(p.search_vector, plainto_tsquery('english', '${q}')) AS rank ` +
    `FROM "Post" p WHERE p.search_vector @@ plainto_tsquery('english', '${q}')` +
    tagClause +
    ` ORDER BY rank DESC LIMIT 25`;

  const posts = await prisma.$queryRawUnsafe<{ id: string; title: string; rank: number }[]>(query);
  return NextResponse.json(posts);
}
