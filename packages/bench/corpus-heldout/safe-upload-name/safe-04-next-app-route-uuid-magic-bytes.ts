// pattern: Next.js app router upload route (request.formData()) with file-type detection and a random file name
import { randomUUID } from 'crypto';
import { fileTypeFromBuffer } from 'file-type';
import { mkdir, writeFile } from 'fs/promises';
import { NextRequest, NextResponse } from 'next/server';
import { join } from 'path';
import { prisma } from '@/lib/prisma';

export async function POST(request: NextRequest) {
  const data = await request.formData();
  const file = data.get('file') as File | null;
  if (!file) {
    return NextResponse.json({ error: 'No file provided' }, { status: 400 });
  }

  const buffer = Buffer.from(await file.arrayBuffer());
  const detected = await fileTypeFromBuffer(buffer);
  if (!detected || !detected.mime.startsWith('image/')) {
    return NextResponse.json({ error: 'Unsupported file' }, { status: 415 });
  }

  const uploadDir = join(process.cwd(), 'public', 'uploads');
  await mkdir(uploadDir, { recursive: true });

  const storedName = `${randomUUID()}.${detected.ext}`;
  await writeFile(join(uploadDir, storedName), buffer);

  const record = await prisma.upload.create({
    data: { path: `/uploads/${storedName}`, label: file.name, size: file.size },
  });

  return NextResponse.json({ id: record.id, url: record.path, label: file.name });
}
