import postgres from 'postgres';
import type { Request, Response } from 'express';

const sql = postgres(process.env.DATABASE_URL as string);

export async function exportColumn(req: Request, res: Response) {
  const column = String(req.query.column);
  const rows = await sql.unsafe(`SELECT id, ${column} FROM customers ORDER BY id`);
  res.json(rows);
}
