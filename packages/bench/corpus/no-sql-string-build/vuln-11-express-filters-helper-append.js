const db = require('../db');

function buildFilters(query) {
  let where = 'WHERE deleted_at IS NULL';
  if (query.city) where += ` AND city = '${query.city}'`;
  if (query.minRooms) where += ' AND rooms >= ' + Number(query.minRooms);
  return where;
}

exports.listListings = async (req, res, next) => {
  try {
    const { rows } = await db.query(`SELECT id, title, city, rooms FROM listings ${buildFilters(req.query)} ORDER BY created_at DESC`);
    res.json(rows);
  } catch (err) {
    next(err);
  }
};
