// pattern: prisma.$queryRaw tagged template with Prisma.sql fragments (prisma docs "Raw queries", rocketseat-education/ignite-nodejs-prisma queryRaw.ts)
import { Prisma } from "@prisma/client";
import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/prisma";

export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get("q") ?? "";
  const tag = request.nextUrl.searchParams.get("tag");

  const tagFilter = tag ? Prisma.sql`AND ${tag} = ANY(p.tags)` : Prisma.empty;

  const posts = await prisma.$queryRaw<{ id: string; title: string }[]>`
    SELECT p.id, p.title
      FROM "Post" p
     WHERE p.search_vector @@ plainto_tsquery('english', ${q})
     ${tagFilter}
     ORDER BY p."createdAt" DESC
     LIMIT 25`;

  return NextResponse.json(posts);
}
