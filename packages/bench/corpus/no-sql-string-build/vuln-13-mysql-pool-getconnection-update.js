const mysql = require('mysql');

const pool = mysql.createPool({ host: 'localhost', user: 'app', database: 'crm' });

module.exports = function contactRoutes(router) {
  router.put('/contacts/:id/notes', (req, res) => {
    pool.getConnection((err, connection) => {
      if (err) return res.status(500).end();
      const sql = "UPDATE contacts SET notes = '" + req.body.notes + "' WHERE id = " + connection.escape(req.params.id);
      connection.query(sql, (error) => {
        connection.release();
        if (error) return res.status(500).end();
        res.sendStatus(204);
      });
    });
  });
};
