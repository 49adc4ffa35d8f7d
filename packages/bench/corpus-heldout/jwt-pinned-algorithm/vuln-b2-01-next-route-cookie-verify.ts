// pattern: Next.js app-router route handler reading a session cookie, jsonwebtoken verify shape as in itsnancyq/Unit4.TaskList auth.js; flaw at line 13
import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import jwt, { type JwtPayload } from "jsonwebtoken";
import { db } from "@/lib/db";

type SessionClaims = JwtPayload & { uid: string; plan: "free" | "pro" };

function readSession(): SessionClaims | null {
  const raw = cookies().get("session")?.value;
  if (!raw) return null;
  try {
    return jwt.verify(raw, process.env.SESSION_SECRET as string) as SessionClaims;
  } catch {
    return null;
  }
}

export async function GET() {
  const session = readSession();
  if (!session) {
    return NextResponse.json({ error: "Not signed in" }, { status: 401 });
  }
  const invoices = await db.invoice.findMany({
    where: { ownerId: session.uid },
    orderBy: { issuedAt: "desc" },
    take: 50,
  });
  return NextResponse.json({ plan: session.plan, invoices });
}
