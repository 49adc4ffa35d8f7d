import { randomUUID } from 'crypto';
import { writeFile } from 'fs/promises';
import { NextRequest, NextResponse } from 'next/server';
import path from 'path';

const EXTENSION_BY_TYPE: Record<string, string> = {
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/gif': '.gif',
};

export async function POST(request: NextRequest) {
  const data = await request.formData();
  const image = data.get('image');
  if (!(image instanceof File)) {
    return NextResponse.json({ error: 'image is required' }, { status: 400 });
  }
  const extension = EXTENSION_BY_TYPE[image.type];
  if (!extension) {
    return NextResponse.json({ error: 'unsupported image' }, { status: 415 });
  }
  const stored = `${randomUUID()}${extension}`;
  await writeFile(path.join(process.cwd(), 'public', 'images', stored), Buffer.from(await image.arrayBuffer()));
  return NextResponse.json({ url: `/images/${stored}` }, { status: 201 });
}
