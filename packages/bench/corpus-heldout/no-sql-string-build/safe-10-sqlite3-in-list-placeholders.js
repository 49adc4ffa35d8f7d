// pattern: sqlite3 db.all with an IN list of generated ? placeholders and the ids passed as parameters
module.exports = function tagRoutes(app, db) {
  app.post('/api/tags/lookup', (req, res) => {
    const ids = Array.isArray(req.body.ids) ? req.body.ids.slice(0, 100) : [];
    if (ids.length === 0) {
      return res.json([]);
    }

    const placeholders = ids.map(() => '?').join(',');
    const sql = 'SELECT id, label, color FROM tags WHERE id IN (' + placeholders + ') ORDER BY label';

    db.all(sql, ids, (err, rows) => {
      if (err) {
        console.error(err);
        return res.status(500).json({ error: 'Lookup failed' });
      }
      res.json(rows);
    });
  });
};
