// pattern: Next.js app router upload route (request.formData(), File.type check, randomUUID file name); flaw at line 23
import { randomUUID } from 'crypto';
import { mkdir, writeFile } from 'fs/promises';
import { NextResponse } from 'next/server';
import path from 'path';

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
};

const MAX_BYTES = 5 * 1024 * 1024;

export async function POST(request: Request) {
  const form = await request.formData();
  const upload = form.get('image');

  if (!(upload instanceof File)) {
    return NextResponse.json({ error: 'image is required' }, { status: 400 });
  }

  const ext = EXTENSIONS[upload.type];
  if (!ext) {
    return NextResponse.json({ error: 'Only PNG, JPEG or WebP images are accepted' }, { status: 415 });
  }
  if (upload.size > MAX_BYTES) {
    return NextResponse.json({ error: 'Image too large' }, { status: 413 });
  }

  const dir = path.join(process.cwd(), 'public', 'images');
  await mkdir(dir, { recursive: true });

  const name = `${randomUUID()}.${ext}`;
  await writeFile(path.join(dir, name), Buffer.from(await upload.arrayBuffer()));

  return NextResponse.json({ url: `/images/${name}` }, { status: 201 });
}
