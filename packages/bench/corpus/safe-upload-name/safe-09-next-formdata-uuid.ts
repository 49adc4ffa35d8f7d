import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const data = await request.formData();
  const file = data.get('file') as File | null;
  if (!file) return NextResponse.json({ error: 'missing' }, { status: 400 });
  const id = randomUUID();
  await writeFile(`./uploads/${id}`, Buffer.from(await file.arrayBuffer()));
  return NextResponse.json({ id, name: file.name });
}
