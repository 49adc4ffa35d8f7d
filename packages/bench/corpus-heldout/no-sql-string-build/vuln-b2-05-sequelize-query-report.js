// pattern: sequelize.query raw report with QueryTypes.SELECT (sequelize docs "Raw Queries"), date range from the query string; flaw at line 9
const { QueryTypes } = require('sequelize');
const { sequelize } = require('../models');

async function salesReport(req, res) {
  const { from, to, region } = req.query;
  const regionFilter = region ? `AND o.region = '${region}'` : '';

  const rows = await sequelize.query(
    `SELECT DATE(o.created_at) AS day, SUM(o.total) AS revenue, COUNT(*) AS orders
       FROM orders o
      WHERE o.created_at BETWEEN '${from}' AND '${to}' ${regionFilter}
      GROUP BY DATE(o.created_at)
      ORDER BY day`,
    { type: QueryTypes.SELECT },
  );

  res.json({ from, to, region: region || 'all', rows });
}

module.exports = { salesReport };
