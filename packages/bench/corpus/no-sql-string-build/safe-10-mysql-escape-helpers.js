const mysql = require('mysql');

const pool = mysql.createPool({ host: 'localhost', user: 'app', database: 'crm' });

exports.findContacts = (req, res) => {
  const column = mysql.escapeId(req.query.sort === 'name' ? 'name' : 'created_at');
  const sql = `SELECT id, name FROM contacts WHERE company = ${mysql.escape(req.query.company)} ORDER BY ${column}`;
  pool.query(sql, (err, rows) => {
    if (err) return res.status(500).end();
    res.json(rows);
  });
};
