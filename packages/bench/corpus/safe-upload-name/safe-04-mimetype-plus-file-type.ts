import { fileTypeFromBuffer } from 'file-type';
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import type { Request, Response } from 'express';

const ALLOWED = new Set(['image/png', 'image/jpeg']);

export async function saveImage(req: Request, res: Response) {
  const file = req.file;
  if (!file || !ALLOWED.has(file.mimetype)) return res.status(415).end();
  const detected = await fileTypeFromBuffer(file.buffer);
  if (!detected || !ALLOWED.has(detected.mime)) return res.status(415).end();
  await writeFile(`uploads/${randomUUID()}.${detected.ext}`, file.buffer);
  return res.status(201).end();
}
