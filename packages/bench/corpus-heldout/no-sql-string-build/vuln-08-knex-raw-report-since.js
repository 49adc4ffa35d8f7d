// pattern: knex.raw for a reporting query in a service module (services/reportService.js); flaw at line 9
const knex = require('../db/knex');

async function revenueByDay(accountId, since) {
  const result = await knex.raw(
    `SELECT date_trunc('day', paid_at) AS day, SUM(amount_cents) AS total
       FROM payments
      WHERE account_id = ?
        AND paid_at >= '${since}'
      GROUP BY 1
      ORDER BY 1`,
    [accountId]
  );
  return result.rows;
}

async function revenueReport(req, res, next) {
  try {
    const rows = await revenueByDay(req.user.accountId, req.query.since || '1970-01-01');
    res.json(rows);
  } catch (err) {
    next(err);
  }
}

module.exports = { revenueByDay, revenueReport };
