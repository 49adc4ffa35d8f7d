// pattern: Express + mysql2/promise route returning driver error fields (code, sqlMessage, sql) to the client; flaw at line 19
const express = require('express');
const pool = require('../db/pool');

const router = express.Router();

router.post('/orders', async (req, res) => {
  const { productId, quantity } = req.body;
  try {
    const [result] = await pool.execute(
      'INSERT INTO orders (user_id, product_id, quantity) VALUES (?, ?, ?)',
      [req.user.id, productId, quantity]
    );
    res.status(201).json({ id: result.insertId });
  } catch (err) {
    console.error(err);
    res.status(500).json({
      error: 'Could not create order',
      query: err.sql,
    });
  }
});

module.exports = router;
