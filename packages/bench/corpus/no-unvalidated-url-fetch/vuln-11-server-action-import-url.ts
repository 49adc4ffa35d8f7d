'use server';

import { revalidatePath } from 'next/cache';
import { saveImport } from '@/lib/imports';

export async function importFromUrl(sourceUrl: string) {
  const response = await fetch(sourceUrl, { redirect: 'error', cache: 'no-store' });
  const text = await response.text();
  await saveImport(text);
  revalidatePath('/imports');
}
