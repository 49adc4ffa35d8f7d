import type { Request, Response } from 'express';
import { db } from './db';

export async function download(req: Request, res: Response) {
  const row = await db.file.findUnique({ where: { id: req.params.id } });
  if (!row) return res.sendStatus(404);
  res.attachment(row.originalName);
  return res.sendFile(row.storagePath, { root: '/srv/uploads' });
}
