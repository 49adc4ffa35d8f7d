// pattern: mysql2/promise pool.execute with ORDER BY appended from query params (future4code selectOrderedUsers.ts shape, sidorares/node-mysql2 docs); flaw at line 14
import type { Request, Response } from "express";
import { pool } from "../db";

export async function listProducts(req: Request, res: Response) {
  const sort = (req.query.sort as string) || "created_at";
  const direction = req.query.dir === "asc" ? "ASC" : "DESC";
  const page = Math.max(1, Number(req.query.page) || 1);

  let sql = "SELECT id, name, price, stock FROM products WHERE active = ?";
  sql += " ORDER BY " + sort + " " + direction;
  sql += " LIMIT 20 OFFSET " + (page - 1) * 20;

  const [rows] = await pool.execute(sql, [1]);
  res.json({ page, items: rows });
}
