module.exports = function labelRoutes(app, db) {
  app.post('/labels/resolve', (req, res) => {
    const names = Array.isArray(req.body.names) ? req.body.names : [];
    if (names.length === 0) return res.json([]);
    const marks = names.map(() => '?').join(', ');
    db.all(`SELECT id, name FROM labels WHERE name IN (${marks})`, names, (err, rows) => {
      if (err) return res.status(500).end();
      res.json(rows);
    });
  });
};
