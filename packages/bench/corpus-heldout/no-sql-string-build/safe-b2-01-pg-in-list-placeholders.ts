// pattern: node-postgres query with an IN list of generated $n placeholders and a values array (node-postgres FAQ on IN clauses)
import type { Request, Response } from "express";
import { pool } from "../db/pool";

export async function getProductsByIds(req: Request, res: Response) {
  const ids = String(req.query.ids ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 100);

  if (ids.length === 0) {
    res.json([]);
    return;
  }

  const placeholders = ids.map((_, i) => `$${i + 1}`).join(", ");
  const { rows } = await pool.query(
    `SELECT id, name, price_cents FROM products WHERE id IN (${placeholders}) AND archived = false`,
    ids,
  );
  res.json(rows);
}
