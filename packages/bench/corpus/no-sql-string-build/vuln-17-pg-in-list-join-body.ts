import type { Request, Response } from 'express';
import { pool } from '../db';

export async function bulkDelete(req: Request, res: Response) {
  const ids: string[] = req.body.ids ?? [];
  if (ids.length === 0) return res.status(400).json({ error: 'no ids' });
  await pool.query(`DELETE FROM drafts WHERE owner_id = $1 AND id IN (${ids.map((id) => `'${id}'`).join(', ')})`, [req.user.id]);
  res.sendStatus(204);
}
