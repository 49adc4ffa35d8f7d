// pattern: node-postgres generic finder building a WHERE clause from req.query entries (utils/buildWhere helper); flaw at line 7
const db = require('../db');

function buildWhere(filters) {
  const clauses = Object.entries(filters)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([column, value]) => `${column} = '${value}'`);
  return clauses.length ? 'WHERE ' + clauses.join(' AND ') : '';
}

exports.listVehicles = async (req, res, next) => {
  try {
    const { make, model, year, color } = req.query;
    const where = buildWhere({ make, model, year, color });
    const { rows } = await db.query(`SELECT id, make, model, year, color, price FROM vehicles ${where} ORDER BY price`);
    res.json(rows);
  } catch (err) {
    next(err);
  }
};
