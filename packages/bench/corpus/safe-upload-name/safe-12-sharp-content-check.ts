import sharp from 'sharp';
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';

export async function uploadAvatar(req: Request, res: Response) {
  const file = req.file;
  if (!file || !file.mimetype.startsWith('image/')) return res.status(400).end();
  const meta = await sharp(file.buffer).metadata();
  if (meta.format !== 'png' && meta.format !== 'jpeg') return res.status(400).end();
  await sharp(file.buffer).resize(256, 256).toFile(`avatars/${randomUUID()}.${meta.format}`);
  return res.status(201).end();
}
