// pattern: node-postgres listing endpoint with ORDER BY chosen from a constant column map and a fixed direction
import express from 'express';
import { pool } from '../db/pool.js';

const router = express.Router();

const SORT_COLUMNS = Object.freeze({
  newest: 'created_at',
  name: 'name',
  price: 'price_cents',
});

router.get('/products', async (req, res, next) => {
  const page = Math.max(parseInt(req.query.page, 10) || 1, 1);
  const perPage = 25;
  const column = SORT_COLUMNS[req.query.sort] ?? SORT_COLUMNS.newest;
  const direction = req.query.dir === 'asc' ? 'ASC' : 'DESC';

  try {
    const { rows } = await pool.query(
      `SELECT id, name, price_cents, created_at
         FROM products
        WHERE archived = false
        ORDER BY ${column} ${direction}
        LIMIT $1 OFFSET $2`,
      [perPage, (page - 1) * perPage]
    );
    res.json({ page, items: rows });
  } catch (err) {
    next(err);
  }
});

export default router;
