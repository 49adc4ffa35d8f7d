const mysql = require('mysql2');

const connection = mysql.createConnection({ host: process.env.DB_HOST, database: 'blog' });

const TEMPLATE = 'SELECT id, title FROM posts WHERE slug = ":slug" AND published = 1';

module.exports = (app) => {
  app.get('/posts/:slug', (req, res) => {
    connection.execute(TEMPLATE.replace(':slug', req.params.slug), (err, rows) => {
      if (err) return res.status(500).end();
      res.json(rows[0] || null);
    });
  });
};
