// pattern: node-postgres listing endpoint with $n placeholders for paging but ORDER BY taken from req.query; flaw at line 18
import express from 'express';
import { pool } from '../db/pool.js';

const router = express.Router();

router.get('/products', async (req, res, next) => {
  const page = Math.max(parseInt(req.query.page, 10) || 1, 1);
  const perPage = 25;
  const sort = req.query.sort || 'created_at';
  const direction = req.query.dir === 'asc' ? 'ASC' : 'DESC';

  try {
    const { rows } = await pool.query(
      `SELECT id, name, price_cents, created_at
         FROM products
        WHERE archived = false
        ORDER BY ${sort} ${direction}
        LIMIT $1 OFFSET $2`,
      [perPage, (page - 1) * perPage]
    );
    res.json({ page, items: rows });
  } catch (err) {
    next(err);
  }
});

export default router;
