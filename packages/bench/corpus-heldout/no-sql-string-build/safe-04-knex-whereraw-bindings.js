// pattern: knex whereRaw with a ? binding (the LIKE pattern is built as the bound value, not as SQL)
const knex = require('../db/knex');

async function searchCustomers(term, limit = 20) {
  const needle = `%${term.trim().toLowerCase()}%`;
  return knex('customers')
    .select('id', 'name', 'email')
    .whereNull('deleted_at')
    .whereRaw('LOWER(name) LIKE ?', [needle])
    .orderBy('name', 'asc')
    .limit(limit);
}

async function searchHandler(req, res, next) {
  try {
    const rows = await searchCustomers(String(req.query.q || ''));
    res.json(rows);
  } catch (err) {
    next(err);
  }
}

module.exports = { searchCustomers, searchHandler };
