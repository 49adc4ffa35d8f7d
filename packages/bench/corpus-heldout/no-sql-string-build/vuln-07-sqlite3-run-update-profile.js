// pattern: sqlite3 (callback API) db.run for a profile update in a route module that receives db; flaw at line 11
module.exports = function profileRoutes(app, db) {
  app.put('/api/profile', (req, res) => {
    const { displayName, bio } = req.body;
    const userId = req.session.userId;

    if (!userId) {
      return res.status(401).json({ error: 'Not logged in' });
    }

    const sql = "UPDATE users SET display_name = '" + displayName + "', bio = '" + bio + "' WHERE id = " + userId;
    db.run(sql, function (err) {
      if (err) {
        console.error(err);
        return res.status(500).json({ error: 'Could not update profile' });
      }
      res.json({ updated: this.changes });
    });
  });
};
