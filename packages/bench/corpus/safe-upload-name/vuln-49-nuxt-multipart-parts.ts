import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export default defineEventHandler(async (event) => {
  const parts = await readMultipartFormData(event);
  if (!parts) throw createError({ statusCode: 400, statusMessage: 'No files' });
  const saved: string[] = [];
  for (const part of parts) {
    if (!part.filename) continue;
    await writeFile(join(process.cwd(), 'public', 'uploads', part.filename), part.data);
    saved.push(part.filename);
  }
  return { saved };
});
