const knex = require('../knexfile-instance');

exports.auditLog = async (req, res) => {
  const { from, to } = req.query;
  const entries = await knex('audit_log')
    .select('id', 'actor', 'action', 'created_at')
    .whereRaw(`created_at BETWEEN '${from}' AND '${to}'`)
    .orderBy('created_at', 'desc')
    .limit(500);
  res.json(entries);
};
