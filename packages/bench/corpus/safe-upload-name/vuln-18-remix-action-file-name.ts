import type { ActionFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const upload = form.get('attachment') as File;
  const destination = path.resolve('attachments', upload.name);
  await writeFile(destination, new Uint8Array(await upload.arrayBuffer()));
  return json({ saved: true });
}
