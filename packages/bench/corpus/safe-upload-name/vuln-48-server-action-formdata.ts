'use server';

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { revalidatePath } from 'next/cache';

export async function uploadAttachment(formData: FormData) {
  const attachment = formData.get('attachment') as File | null;
  if (!attachment || attachment.size === 0) return { error: 'No file' };
  const dir = path.join(process.cwd(), 'public', 'attachments');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, attachment.name), Buffer.from(await attachment.arrayBuffer()));
  revalidatePath('/attachments');
  return { ok: true };
}
