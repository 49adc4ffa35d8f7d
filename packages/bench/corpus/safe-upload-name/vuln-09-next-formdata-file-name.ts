import { writeFile } from 'fs/promises';
import { join } from 'path';
import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const formData = await request.formData();
  const file = formData.get('file') as File | null;
  if (!file) return NextResponse.json({ error: 'No file' }, { status: 400 });
  const bytes = Buffer.from(await file.arrayBuffer());
  const filePath = join(process.cwd(), 'public', 'uploads', file.name);
  await writeFile(filePath, bytes);
  return NextResponse.json({ url: `/uploads/${file.name}` });
}
