// pattern: Next.js app-router upload checking content with file-type and storing under a generated name (file-type README, next.js formData examples)
import { NextResponse, type NextRequest } from "next/server";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";

const ALLOWED_MIME = new Set(["application/pdf", "image/png", "image/jpeg"]);

export async function POST(request: NextRequest) {
  const form = await request.formData();
  const file = form.get("file");
  if (!(file instanceof File)) {
    return NextResponse.json({ error: "file is required" }, { status: 400 });
  }

  const buffer = Buffer.from(await file.arrayBuffer());
  const detected = await fileTypeFromBuffer(buffer);
  if (!detected || !ALLOWED_MIME.has(detected.mime)) {
    return NextResponse.json({ error: "unsupported file" }, { status: 415 });
  }

  const storedName = `${randomUUID()}.${detected.ext}`;
  await writeFile(join(process.cwd(), "uploads", storedName), buffer);

  return NextResponse.json({ id: storedName, displayName: file.name, size: file.size }, { status: 201 });
}
