const db = require('../db');

exports.listEvents = async (req, res, next) => {
  try {
    const page = Math.max(parseInt(req.query.page, 10) || 1, 1);
    const size = Math.min(Number(req.query.size) || 20, 100);
    const { rows } = await db.query(`SELECT id, name, starts_at FROM events ORDER BY starts_at LIMIT ${size} OFFSET ${(page - 1) * size}`);
    res.json({ page, rows });
  } catch (err) {
    next(err);
  }
};
