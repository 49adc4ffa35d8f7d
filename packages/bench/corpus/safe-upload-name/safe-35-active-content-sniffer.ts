import { open } from 'fs/promises';
import path from 'path';
import { randomUUID } from 'crypto';
import { rename } from 'fs/promises';
import type { Context } from 'koa';

const BLOCKED_TYPES = ['text/html', 'image/svg+xml', 'application/xhtml+xml'];

async function looksActive(filePath: string): Promise<boolean> {
  const handle = await open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(2048);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = buffer.toString('utf8', 0, bytesRead).toLowerCase();
    return head.includes('<script') || head.includes('<svg') || head.includes('<html');
  } finally {
    await handle.close();
  }
}

export async function uploadAttachment(ctx: Context) {
  const file = ctx.request.files?.file;
  if (!file || Array.isArray(file)) ctx.throw(400, 'one file expected');
  const mimeType = file.mimetype?.toLowerCase();
  if ((mimeType && BLOCKED_TYPES.includes(mimeType)) || (await looksActive(file.filepath))) {
    ctx.throw(415, 'active content is not allowed');
  }
  const stored = `${randomUUID()}.bin`;
  await rename(file.filepath, path.join('storage', stored));
  ctx.body = { stored };
}
