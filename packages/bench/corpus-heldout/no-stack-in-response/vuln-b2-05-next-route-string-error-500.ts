// pattern: Next.js app-router route handler try/catch returning NextResponse.json with status 500 (common in generated CRUD routes); flaw at line 19
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db";

const CreateProject = z.object({ name: z.string().min(1), teamId: z.string() });

export async function POST(request: NextRequest) {
  const body = CreateProject.safeParse(await request.json());
  if (!body.success) {
    return NextResponse.json({ error: "Invalid input" }, { status: 400 });
  }

  try {
    const project = await db.project.create({ data: body.data });
    return NextResponse.json(project, { status: 201 });
  } catch (error) {
    console.error("create project failed", error);
    return NextResponse.json({ error: String(error) }, { status: 500 });
  }
}
