import type { Request, Response } from 'express';
import { pool } from '../db';

const SORTABLE = new Set(['created_at', 'amount', 'status']);

export async function listPayments(req: Request, res: Response) {
  const sort = String(req.query.sort ?? 'created_at');
  if (!SORTABLE.has(sort)) {
    return res.status(400).json({ error: 'unknown sort column' });
  }
  const direction = req.query.dir === 'asc' ? 'ASC' : 'DESC';
  const { rows } = await pool.query(`SELECT id, amount, status FROM payments ORDER BY ${sort} ${direction} LIMIT 50`);
  res.json(rows);
}
