// pattern: Next.js app-router route handler saving request.formData() File with writeFile (xGerTowelie/fileupload app/api/upload/client/route.ts, chaojin101/static-server app/api/upload/route.ts); flaw at line 20
import { NextResponse, type NextRequest } from "next/server";
import { writeFile, mkdir } from "node:fs/promises";
import { join } from "node:path";

export async function POST(request: NextRequest) {
  const data = await request.formData();
  const file = data.get("file") as File | null;

  if (!file) {
    return NextResponse.json({ success: false, message: "No file provided" }, { status: 400 });
  }

  const bytes = await file.arrayBuffer();
  const buffer = Buffer.from(bytes);

  const dir = join(process.cwd(), "public", "uploads");
  await mkdir(dir, { recursive: true });
  const filePath = join(dir, file.name);
  await writeFile(filePath, buffer);

  return NextResponse.json({ success: true, url: `/uploads/${file.name}` });
}
