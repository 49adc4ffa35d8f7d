const express = require('express');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const router = express.Router();

router.post('/login', async (req, res, next) => {
  try {
    const { username } = req.body;
    const { rows } = await pool.query(`SELECT id, password_hash FROM accounts WHERE username = '${username}'`);
    if (rows.length === 0) return res.status(401).json({ error: 'invalid credentials' });
    res.json({ id: rows[0].id });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
