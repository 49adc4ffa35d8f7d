// pattern: Next.js app router route handler (request.formData(), file.arrayBuffer(), fs/promises writeFile) as in xGerTowelie/fileupload app/api/upload; flaw at line 25
import { mkdir, writeFile } from 'fs/promises';
import { NextRequest, NextResponse } from 'next/server';
import { join } from 'path';
import { auth } from '@/lib/auth';

export async function POST(request: NextRequest) {
  const session = await auth();
  if (!session?.user) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }

  const data = await request.formData();
  const file = data.get('file') as File | null;
  if (!file) {
    return NextResponse.json({ error: 'No file provided' }, { status: 400 });
  }

  const bytes = await file.arrayBuffer();
  const buffer = Buffer.from(bytes);

  const uploadDir = join(process.cwd(), 'public', 'uploads', session.user.id);
  await mkdir(uploadDir, { recursive: true });

  const filePath = join(uploadDir, file.name);
  await writeFile(filePath, buffer);

  return NextResponse.json({ success: true, url: `/uploads/${session.user.id}/${file.name}` });
}
