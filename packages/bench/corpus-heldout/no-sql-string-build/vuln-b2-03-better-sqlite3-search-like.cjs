// pattern: better-sqlite3 prepare().all() for a notes search endpoint (WiseLibs/better-sqlite3 docs "Statement#all"), LIKE built from the query; flaw at line 11
const express = require('express');
const Database = require('better-sqlite3');

const db = new Database(process.env.NOTES_DB || 'notes.db');
const app = express();

function searchNotes(ownerId, term) {
  const pattern = `%${term}%`;
  return db
    .prepare(`SELECT id, title, updated_at FROM notes WHERE owner_id = ? AND title LIKE '${pattern}' ORDER BY updated_at DESC`)
    .all(ownerId);
}

app.get('/notes/search', (req, res) => {
  const term = String(req.query.q || '').trim();
  if (!term) return res.json([]);
  res.json(searchNotes(req.session.userId, term));
});

module.exports = app;
